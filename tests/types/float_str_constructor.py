# float() accepts str/bytes/bytearray/memoryview?, int types, and objects with __float__/__index__
def t(x):
    try:
        print(repr(float(x)))
    except Exception as e:
        print(type(e).__name__)
for x in ('12', '-12.5e-1', b'3.25', bytearray(b'-0.5'), memoryview(b'1.5'), True, False, 2**60 + 1, -(2**80), 10**308,
          '1_2.3_4', '1e-1_0', '.e1', 'e', '.', '-', '+', '1e+', '0.0000000000000000000001', '9' * 30):
    t(x)
class W:
    def __float__(self):
        return 1.25
class X:
    def __float__(self):
        return 'no'
class Y:
    def __index__(self):
        return 2**70
t(W())
t(X())
t(Y())
t(object())
t(1j)

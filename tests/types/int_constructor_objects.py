# int() of objects: __int__, __index__, __trunc__ (deprecated path), floats, strings with signs, errors
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __int__(self):
        return 'nope'
class D:
    def __trunc__(self):
        return 9
class E(int):
    def __int__(self):
        return 5
print(int(A()), int(B()), int(E(3)), type(int(E(3))).__name__)
for x in (C(), object(), [], {}, 1j, '1.0', b'1.5', ' ', '١٢٣٤', '12\x00'):
    try:
        print(repr(int(x)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for f in (0.0, -0.0, 0.9999, -0.9999, 1e15 + 0.5, 2.0**70, -2.0**70, 1e300, 123.0):
    print(int(f), type(int(f)).__name__)
print(int('+0'), int('-0'), int('  0x_f  ', 16), int('0_7'), int('07', 8), int('0b1_0', 0), int('Z', 36), int(' +1_1 '))

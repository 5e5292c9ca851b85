# int.from_bytes: byteorder default, signed=, iterables, buffers, errors
def t(*a, **k):
    try:
        print(repr(int.from_bytes(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e if 'positional' not in str(e) and 'not iterable' not in str(e) and 'must be str' not in str(e) else '')

t(b'')
t(b'', signed=True)
t(b'\x01\x00')
t(b'\x01\x00', 'little')
t(b'\x01\x00', byteorder='little')
t(b'\xff', signed=True)
t(b'\xff', 'big', signed=False)
t(b'\x80\x00', 'big', signed=True)
t(b'\x00\x80', 'little', signed=True)
t(b'\xff' * 20, 'big', signed=True)
t(b'\xff' * 20)
t(b'\x01' + b'\x00' * 30)
t(b'\x00' * 30 + b'\x01', 'little')
t([1, 2, 3])
t((255, 0), 'little')
t(bytearray(b'\x12\x34'), 'big')
t(memoryview(b'\x12\x34\x56')[1:], 'big')
t(iter([1, 2]))
t([256])
t([-1])
t(b'\x01', 'middle')
t(b'\x01', 'big', True)
t('ab')
t(5)
t(b'\x01', byteorder=None)
t(b'\x01', byteorder=b'big')
class I(int):
    pass
r = I.from_bytes(b'\x05')
print(type(r).__name__, r)
print(int.from_bytes((2**64 + 5).to_bytes(9, 'little'), 'little'))

# struct: iter_unpack
import struct

print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(list(struct.iter_unpack('<bB', bytes(range(6)))))
print(list(struct.iter_unpack('<i', b'')))
it = struct.iter_unpack('b', b'\x01\x02')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
for x in struct.iter_unpack('2s', b'abcd'):
    print(x)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(struct.iter_unpack('h', b'abcde')))
t(lambda: list(struct.iter_unpack('', b'abcde')))
t(lambda: list(struct.iter_unpack('x', b'abc')))
t(lambda: list(struct.iter_unpack('h', 'abcd')))

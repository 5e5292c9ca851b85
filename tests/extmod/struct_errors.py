# struct: argument errors, struct.error is a ValueError
import struct

print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.pack('z')
except (ValueError, struct.error):
    print('caught')
try:
    struct.pack('z')
except struct.error as e:
    print('caught as struct.error', e)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: struct.pack('h', 1, 2))
t(lambda: struct.pack('hh', 1))
t(lambda: struct.pack('2i', 1))
t(lambda: struct.pack('i', 1, 2, 3))
t(lambda: struct.pack('i', 1.5))
t(lambda: struct.pack('i', 'a'))
t(lambda: struct.pack('i', None))
t(lambda: struct.pack('Q', 2.0))
t(lambda: struct.pack('f', 'a'))
t(lambda: struct.pack('d', None))
t(lambda: struct.pack('e', '1'))
t(lambda: struct.pack())
t(lambda: struct.unpack('i'))
t(lambda: struct.unpack('i', b'abc'))
t(lambda: struct.unpack('i', b'abcde'))
t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.unpack('i', 5))
t(lambda: struct.unpack('', b''))
t(lambda: struct.unpack('', b'a'))

class Idx:
    def __index__(self):
        return 7

t(lambda: struct.pack('i', Idx()))
t(lambda: struct.pack('>Q', Idx()))
t(lambda: struct.pack('d', Idx()))
t(lambda: struct.pack('d', 10 ** 400))
t(lambda: struct.pack('<f', 10 ** 400))
t(lambda: struct.pack('<d', 2 ** 1000))

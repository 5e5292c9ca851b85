# struct: s, p and c codes
import struct

print(struct.pack('4s', b'ab'), struct.pack('4s', b'abcdef'), struct.pack('s', b'xy'), struct.pack('0s', b'q'))
print(struct.pack('4s', bytearray(b'hi')))
print(struct.unpack('4s', b'ab\x00\x00'), struct.unpack('0s', b''), struct.unpack('2s3p', b'ab\x05cd'))
print(struct.pack('4p', b'abcdef'), struct.pack('1p', b'abc'), struct.pack('0p', b'abc'), struct.pack('5p', b'ab'))
print(struct.pack('300p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)))
print(len(struct.unpack('300p', struct.pack('300p', b'a' * 300))[0]))
print(struct.unpack('3p', b'\x09ab'))
print(struct.pack('c', b'a'), struct.pack('3c', b'x', b'y', b'z'), struct.unpack('2c', b'ab'))
print(struct.pack('<h4sh', 1, b'abcd', 2))
print(struct.unpack('<h4sh', struct.pack('<h4sh', 1, b'abcd', 2)))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: struct.pack('4s', 'ab'))
t(lambda: struct.pack('s', 1))
t(lambda: struct.pack('p', 'x'))
t(lambda: struct.pack('c', b'ab'))
t(lambda: struct.pack('c', 'a'))
t(lambda: struct.pack('c', 1))
t(lambda: struct.pack('c', b''))
t(lambda: struct.pack('c', bytearray(b'z')))

# struct.Struct objects
import struct

s = struct.Struct('<hI')
print(s.size, s.format)
p = s.pack(-2, 7)
print(p, s.unpack(p), s.unpack_from(b'\x00' + p, 1), s.unpack_from(p, offset=0))
buf = bytearray(8)
s.pack_into(buf, 2, 1, 2)
print(buf)
print(list(s.iter_unpack(p * 3)))
s2 = struct.Struct(b'>q')
print(s2.size, s2.format, s2.pack(-1))
print(struct.Struct(format='b').size)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: struct.Struct('z'))
t(lambda: struct.Struct(1))
t(lambda: s.pack(1))
t(lambda: s.unpack(b'ab'))
t(lambda: s.pack_into(buf, 7, 1, 2))

# (subclasses of struct.error and struct.Struct)
class E(struct.error):
    pass
try:
    raise E('x', 1)
except struct.error as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
e = struct.error('a')
print(repr(e), str(e), e.args)
try:
    struct.unpack('i', b'')
except Exception as e:
    print(type(e).__name__, e, e.args)
class S(struct.Struct):
    pass
s = S('<h')
print(s.size, s.pack(3), s.unpack(b'\x01\x00'))

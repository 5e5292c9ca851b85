# array: the u (unicode character) typecode
from array import array
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('u', 'héllo€😀')
print(a, len(a), a.itemsize, a[1], a[-1], a.tounicode(), a.typecode)
print(array('u'), array('u', ['a', 'b']), array('u', b'a\0\0\0'))
t(lambda: array('u', [1]))
t(lambda: array('u', ['ab']))
t(lambda: array('i', array('u', 'a')))
t(lambda: array('u', array('i', [65])))
t(lambda: array('u', array('u', 'xy')))
b = array('u', 'ab')
b.append('c'); b.extend('de'); b.fromunicode('fg'); b.insert(0, 'z')
print(b, b.index('c'), b.count('a'), 'a' in b, 1 in b, b[1:3], b[::-1], b + array('u', 'Q'), b * 2)
t(lambda: b.fromunicode(5))
t(lambda: b.fromunicode(b'x'))
t(lambda: b.append(1))
print(array('u', 'ab') < array('u', 'b'), array('u', 'ab') == array('u', 'ab'))
print(b.tobytes()[:8], bytes(array('u', 'A')))
c = array('u')
c.frombytes(b'\x00\x00\x11\x00')
t(lambda: c.tounicode())
t(lambda: c[0])
t(lambda: repr(c))
print(list(array('u', 'xyz')), b.pop(), b)
import array as am
print(am.typecodes)
d = array('u', 'abc')
d[0] = 'x'
d[1:2] = array('u', 'YZ')
print(d, d.tolist(), 'Z' in d, d == array('u', 'xYZc'))
try:
    d[0] = 'xy'
except TypeError as e:
    print('TypeError', e)
print(bytes(array('u', 'hi')), array('u', 'hi').buffer_info()[1])
e = array('u', 'ab')
e.byteswap()
e.byteswap()
print(e, e.tounicode() == 'ab')

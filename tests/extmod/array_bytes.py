# array: tobytes / frombytes / byteswap and the buffer protocol
from array import array

a = array('h', [1, -2, 300])
print(a.tobytes())
print(bytes(a), bytearray(a))
b = array('h')
b.frombytes(a.tobytes())
print(b, b == a)
b.frombytes(bytearray(b'\x05\x00'))
print(b)
b.frombytes(bytes(b))
print(b)
b.frombytes(array('B', [1, 0]))
b.frombytes(memoryview(b'\x02\x00'))
print(b)
try:
    b.frombytes(array('h', [1]))
except TypeError as e:
    print('TypeError', e)
try:
    b.frombytes(b'abc')
except ValueError as e:
    print('ValueError', e)
try:
    b.frombytes('ab')
except TypeError as e:
    print('TypeError', e)

c = array('I', [1, 0x01020304])
c.byteswap()
print(c)
d = array('d', [1.0])
d.byteswap()
d.byteswap()
print(d)
e = array('b', [1, 2])
e.byteswap()
print(e)

m = memoryview(array('i', [1, 2, 3]))
print(len(m), m[1], m.tolist())
arr = array('B', [0, 0, 0])
mv = memoryview(arr)
mv[1] = 200
print(arr)
print(array('f', [1.5]).tobytes())
print(array('q', [-1]).tobytes())
bi = array('i', [1, 2]).buffer_info()
print(type(bi), len(bi), bi[1])
print(b'\x01\x02' in bytes(array('B', [0, 1, 2])))

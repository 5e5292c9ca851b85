# memoryview API details: tobytes(order=), toreadonly, contiguity flags, suboffsets, obj identity, ellipsis index
import array
b = bytearray(b'abcd')
m = memoryview(b)
print(m.tobytes(), m.tobytes(order='C'), m.tobytes(None), m.tobytes('A'))
r = m.toreadonly()
print(r.readonly, m.readonly, r.tobytes(), r.obj is b, m.obj is b, m[1:].obj is b)
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].c_contiguous, m[::2].contiguous, m.suboffsets, m.strides, m[::2].strides, m[::-1].strides)
print(m.ndim, m[1:3].shape, m.cast('H').strides, memoryview(array.array('i', [1, 2])).strides)
print(m.__len__(), bool(memoryview(b'')), bool(m), list(m.cast('c')), m.cast('c')[0], m.cast('b').tolist())
m2 = m.cast('c')
m2[0] = b'Z'
print(b)
try:
    m2[0] = 65
except TypeError as e:
    print('TypeError')

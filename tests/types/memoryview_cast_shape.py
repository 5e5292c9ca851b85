# multi-dimensional memoryviews from cast(fmt, shape): tolist, shape/strides, tuple indexing, first-dimension slices, errors
import array
m = memoryview(b'abcdef')
x = m.cast('B', (2, 3))
print(x.tolist(), x.shape, x.strides, x.ndim, len(x), x.nbytes, x.itemsize, x.format, x.tobytes(), x.hex(), x[1, 2], x[-1, -3], x[0, 0])
y = m.cast('B', [3, 2])
print(y.tolist(), y.shape, len(y), y[2, 1])
z = memoryview(bytes(range(24))).cast('B', (2, 3, 4))
print(z.tolist(), z.shape, z.strides, z[1, 2, 3], len(z))
w = memoryview(bytearray(range(8))).cast('H', (2, 2))
print(w.tolist(), w.shape, w.strides, w.format, w.itemsize)
wb = bytearray(6)
wv = memoryview(wb).cast('B', (2, 3))
wv[1, 1] = 255
wv[0, -1] = 7
print(wb, wv.tolist(), wv.cast('B').tolist(), wv.cast('B').shape, wv.cast('c').tolist()[:2])
for f in (lambda: x[0], lambda: x[0:1].tolist(), lambda: x[1:].shape, lambda: z[1:2].tolist(), lambda: x[5:].tolist(), lambda: x[0:1, 0:1], lambda: x[0, 5], lambda: x[2, 0], lambda: x[0, 0, 0], lambda: x[(0,)], lambda: list(x), lambda: x['a'],
          lambda: x.cast('B', (3, 2)), lambda: m.cast('B', (4, 2)), lambda: m.cast('B', (0, 6)), lambda: m.cast('B', (-1, -6)), lambda: m.cast('B', (2, 'x')),
          lambda: m.cast('H', (1, 3)), lambda: x[0, 0:1], lambda: z[1:][0, 2, 3], lambda: m.cast('B', [6] * 65)):
    try:
        r = f()
        print(('view', r.shape, r.tolist()) if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(array.array('i', [1, 2, 3, 4])).cast('B').cast('i', (2, 2)).tolist())
print(x == x, x.readonly, x.contiguous, x.c_contiguous, x.obj is m.obj)
x.release()
try:
    x.shape
except ValueError as e:
    print('ValueError', e)

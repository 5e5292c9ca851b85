# memoryview indexed with tuples, ellipsis and bad keys: CPython's errors for one-dimensional views
m = memoryview(b'ab')
for k in [(), (0,), (0, 1), (1,), (-1,), 'a', 1.5, ..., (slice(0, 1),)]:
    try:
        print(m[k])
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'xy')
mb = memoryview(b)
mb[(1,)] = 65
print(b)

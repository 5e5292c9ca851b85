# slices across list/tuple/str/bytes/bytearray/range give consistent results
data = list(range(12))
sls = [slice(None, None, k) for k in (1, 2, -1, -3, 5)] + [slice(2, 9), slice(9, 2, -2), slice(-4, None), slice(-100, 3)]
for sl in sls:
    a = data[sl]
    b = list(tuple(data)[sl])
    c = list(range(12)[sl])
    d = list(bytes(data)[sl])
    e = [ord(x) - 97 for x in 'abcdefghijkl'[sl]]
    print(sl, a, a == b == c == d == e)
ba = bytearray(range(6))
ba[::2] = b'xyz'
print(ba)
try:
    ba[::2] = b'xy'
except ValueError as e:
    print('ValueError')
l = list(range(6))
l[slice(1, 5, 2)] = ['a', 'b']
del l[slice(None, None, 4)]
print(l)

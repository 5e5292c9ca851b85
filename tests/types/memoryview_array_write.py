# memoryview over array.array of various typecodes: read, write, slices, tolist, cast to bytes
import array
for tc, vals in (('b', [-1, 0, 127]), ('B', [0, 255, 7]), ('h', [-300, 300]), ('H', [65535, 1]), ('i', [-2**31, 2**31 - 1]),
                 ('I', [2**32 - 1]), ('q', [-2**63, 2**63 - 1]), ('Q', [2**64 - 1]), ('f', [1.5, -0.25]), ('d', [1e300, -2.5])):
    a = array.array(tc, vals)
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.nbytes, m.tolist(), m[0], m[-1], m[::-1].tolist(), len(m.cast('B')))
m = memoryview(array.array('h', [0, 0, 0]))
m[0] = -1
m[1:3] = array.array('h', [5, 6])
print(m.tolist(), m.obj)
for f in (lambda: m.__setitem__(0, 40000), lambda: m.__setitem__(0, 1.5), lambda: m.__setitem__(slice(0, 2), b'abcd'), lambda: m.__setitem__(slice(0, 1), array.array('i', [1]))):
    try:
        f()
        print('ok', m.tolist())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
mf = memoryview(array.array('d', [0.0]))
mf[0] = 2
print(mf.tolist(), mf[0])

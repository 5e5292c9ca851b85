# array: 64-bit codes with values beyond the small-int range
from array import array

vals = [0, 1, 2 ** 50, 2 ** 53 + 1, 2 ** 62, 2 ** 63 - 1]
q = array('q', vals + [-v for v in vals] + [-2 ** 63])
print(q)
print(list(q) == vals + [-v for v in vals] + [-2 ** 63])
Q = array('Q', vals + [2 ** 63, 2 ** 64 - 1])
print(Q, Q[-1] + 1)
L = array('L', [2 ** 64 - 1, 2 ** 60])
print(L, L.tolist())
l = array('l', [-2 ** 63, 2 ** 63 - 1])
print(l, sum(l))
q[0] = 2 ** 63 - 1
q.append(-2 ** 62)
print(q[0], q[-1], q.index(-2 ** 62), (2 ** 62) in Q, q.count(0))
print(array('Q', [2 ** 64 - 1]).tobytes(), array('q', [-2]).tobytes())
print(array('I', [2 ** 32 - 1]), array('i', [-2 ** 31]))

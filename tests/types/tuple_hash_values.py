# hash of tuples equals CPython's values; equal tuples hash equal
for t in ((), (1,), (1, 2), (1, 2, 3), (0,), (-1,), (-2,), ((),), ((1, 2), 3),
          (True, False), (1, 2.0), (2**70,), (-2**70, 5), (1.5, -0.5),
          (('a',) * 0), tuple(range(20)), (float('inf'),), (-1, -1)):
    h = hash(t)
    print(t, h & (2**51 - 1), type(h).__name__, h == hash(tuple(list(t))), h == hash(t[:]))
# distinct small tuples hash differently
hs = set(hash((i, j)) for i in range(30) for j in range(30))
print(len(hs))
print(hash((-1,)) != hash((-2,)), hash((1, 2)) != hash((2, 1)))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
print(hash(('a', 'b')) == hash(('a', 'b')), hash((frozenset([1]),)) == hash((frozenset([1]),)))
for bad in (([],), (1, {}), ((1, [2]),), (set(),)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1.0, 2)], d[1, (2, 3)])
class H:
    def __hash__(self):
        return 12345
print(hash((H(), H())) == hash((12345, 12345)))

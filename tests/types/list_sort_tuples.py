# sorting lists of tuples: item-wise semantics, errors, user objects
data = [(2, 'b'), (1, 'z'), (2, 'a'), (1,), (), (1, 'z', 0), (0, 'q'), (2, 'a', -1)]
print(sorted(data), sorted(data, reverse=True))
print(sorted([(1.5, 'x'), (1, 'y'), (True, 'a'), (2**70, ''), (-2**70, 'n')]))
print(sorted([('b', 2), ('a', 10), ('b', 1), ('é', 0), ('', 5)]))
print(sorted([((1, 2), 'x'), ((1,), 'y'), ((0, 9, 9), 'z')]))
l = [(1, 'a'), (1, 2), (0, None)]
try:
    l.sort()
except TypeError as e:
    print('TypeError', e)
print(l)
nan = float('nan')
print(sorted([(1, nan), (0, 1)]), sorted([(nan, 1), (nan, 0)]))
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        K.calls += 1
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]), K.calls > 0)
class Bad:
    def __eq__(self, o): raise ValueError('eq')
    def __lt__(self, o): return True
l = [(Bad(), 1), (Bad(), 2)]
try:
    l.sort()
except ValueError as e:
    print('ValueError', e)
print(len(l), [t[1] for t in l])
lst = [(3, 'c'), (1, 'a'), (2, 'b')]
class M:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return False
    def __lt__(self, o):
        lst.append((0, 'new'))
        return self.v < o.v
lst = [(M(3),), (M(1),), (M(2),)]
try:
    lst.sort()
except ValueError as e:
    print('ValueError', e)
big = [(i % 7, -i, str(i)) for i in range(2000)]
s = sorted(big)
print(s[:3], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted([(1, 2), (1, 2)]), sorted([('a',), ('a', 'b'), ('a',)]))
pairs = [(i % 3, i) for i in range(10)]
print(sorted(pairs, key=lambda p: (p[0],)), sorted(pairs, key=lambda p: (-p[0], p[1])))

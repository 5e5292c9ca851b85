# set iteration errors, custom __hash__/__eq__ elements, big churn
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print('RuntimeError', e)
class P:
    def __init__(self, a, b): self.a, self.b = a, b
    def __hash__(self): return hash(self.a)
    def __eq__(self, o): return isinstance(o, P) and (self.a, self.b) == (o.a, o.b)
    def __repr__(self): return 'P(%d,%d)' % (self.a, self.b)
ps = {P(1, 1), P(1, 2), P(1, 1), P(2, 1)}
print(len(ps), P(1, 2) in ps, P(1, 3) in ps, sorted(ps, key=lambda p: (p.a, p.b)))
ps.remove(P(1, 1))
print(len(ps), P(1, 1) in ps)
class Always:
    def __hash__(self): return 0
    def __eq__(self, o): return True
print(len({Always(), Always()}), len({Always(), 0}))
s = set()
for i in range(20000):
    s.add(i)
for i in range(0, 20000, 2):
    s.remove(i)
for i in range(0, 20000, 4):
    s.add(i)
print(len(s), sum(s), 3 in s, 4 in s, 2 in s)
s.clear()
for i in range(100):
    s.add(i); s.discard(i)
print(s, len(s))
class BadHash:
    def __hash__(self): raise ValueError('no hash')
try:
    {BadHash()}
except ValueError as e:
    print('ValueError', e)
try:
    BadHash() in {1}
except ValueError as e:
    print('ValueError', e)

# user code (__eq__, __index__, __lt__, __repr__, key functions) that mutates
# the container being worked on: CPython's results, never a crash
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__)
L = list(range(10))
class E:
    def __eq__(self, o):
        L.clear()
        return False
t('index', lambda: L.index(E()))
L = list(range(10))
t('count', lambda: L.count(E()))
L = list(range(10))
t('remove', lambda: L.remove(E()))
L = list(range(10))
t('in', lambda: E() in L)
L = list(range(10))
t('eq', lambda: L == [E()] * 10)
L = list(range(10))
t('lt', lambda: [E()] * 10 < L)
A = [3, 2, 1]
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        A.clear()
        return self.v < o.v
t('sort key clear', lambda: A.sort(key=Key))
B = [1, 2, 3]
def kf(x):
    B.clear(); return x
t('sort key fn', lambda: B.sort(key=kf))
C = [(1, E()), (1, E())]
t('tuple sort', lambda: C.sort())
T = (1, 2)
t('tuple index', lambda: T.index(E()))
X = list(range(5))
class Ix:
    def __index__(self):
        X.clear(); return 3
t('getitem idx', lambda: X[Ix()])
X = list(range(5))
t('setitem idx', lambda: X.__setitem__(Ix(), 1))
X = list(range(5))
t('insert idx', lambda: X.insert(Ix(), 1))
X = list(range(5))
t('pop idx', lambda: X.pop(Ix()))
X = list(range(5))
t('slice idx', lambda: X[Ix():])
X = list(range(5))
t('slice set idx', lambda: X.__setitem__(slice(0, Ix()), []))
X = list(range(5))
t('slice del idx', lambda: X.__delitem__(slice(Ix(), None, 2)))
X = list(range(5))
t('index start', lambda: X.index(4, Ix()))
Y = list(range(5))
def g():
    Y.clear()
    yield 1
t('slice assign gen', lambda: Y.__setitem__(slice(0, 5, 2), g()))
Y = list(range(5))
t('extend self gen', lambda: Y.extend(x for x in Y if len(Y) < 100))
Z = [1, 2, 3]
class R:
    def __repr__(self):
        Z.clear(); return 'R'
Z = [R(), R(), R()]
t('repr clear', lambda: repr(Z))
DD = {1: None}
class RD:
    def __repr__(self):
        DD.clear(); return 'RD'
DD = {1: RD(), 2: RD()}
t('dict repr clear', lambda: repr(DD))
SS = set()
class RS:
    def __repr__(self):
        SS.clear(); return 'RS'
SS = {RS(), RS()}
t('set repr clear', lambda: len(repr(SS)))
M = [1, 2, 3]
t('max key clear', lambda: max(M, key=lambda x: M.clear() or x))

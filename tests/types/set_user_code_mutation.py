# set/dict-view operations whose element __eq__/__hash__ mutate an operand
def t(name, f):
    try:
        r = f()
        print(name, 'ok', type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__)
X = list(range(5))
class Ix:
    def __index__(self):
        X.clear(); return 3
t('mul', lambda: X * Ix())
X = list(range(5))
def imul():
    global X
    X *= Ix()
t('imul', imul)
X = list(range(5))
t('insert', lambda: X.insert(Ix(), 9))
X = list(range(5))
t('index stop', lambda: X.index(4, 0, Ix()))
S = set(range(50))
class KS:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o):
        S.clear()
        return False
S2 = {KS(i) for i in range(50)}
for op in ('&', '|', '-', '^', '<=', '>=', '==', '<', '>'):
    S = set(range(50))
    t('set ' + op, lambda: eval('S %s S2' % op))
    S = set(range(50))
    t('set r' + op, lambda: eval('S2 %s S' % op))
for m in ('intersection', 'union', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint',
          'update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
    S = set(range(50))
    t('set.' + m, lambda: getattr(S, m)(S2))
    S = set(range(50))
    t('set2.' + m, lambda: getattr(set(S2), m)(S))
    S = set(range(50))
    t('set3.' + m, lambda: getattr(S, m)(list(S2)))
D = dict.fromkeys(range(50))
class KD:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o):
        D.clear()
        return False
D2 = {KD(i): 0 for i in range(50)}
for op in ('&', '|', '-', '^', '==', '<='):
    D = dict.fromkeys(range(50))
    t('keys ' + op, lambda: eval('D.keys() %s D2.keys()' % op))
    D = dict.fromkeys(range(50))
    t('items ' + op, lambda: eval('D.items() %s D2.items()' % op))
D = dict.fromkeys(range(50))
t('dict eq', lambda: D == D2)
D = dict.fromkeys(range(50))
t('dict update', lambda: D.update(D2))
D = dict.fromkeys(range(50))
t('dict or', lambda: D | D2)
L = [1, 2, 3]
class KL:
    def __hash__(self):
        L.clear(); return 1
t('set from list', lambda: set([KL(), KL()] + L))
L = [KL(), KL(), KL()]
t('set from list2', lambda: set(L))
t('dict fromkeys', lambda: dict.fromkeys(L))
t('frozenset', lambda: frozenset(L))

# callable, id, hash on all kinds of objects
class C:
    def m(self): pass
class K:
    def __call__(self): return 1
print(callable(len), callable(C), callable(C()), callable(K()), callable(C().m), callable(lambda: 0), callable(1), callable('s'), callable(None), callable(print), callable(int), callable(type))
print(callable(K), callable([].append), callable(staticmethod(len)), callable(iter([])))
a = []
b = []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None), id(1) == id(1))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(-float('inf')), hash(1 + 0j) == hash(1), hash(2**100) == hash(float(2**100)))
print(hash('a') == hash('a'), hash(b'ab') == hash(b'ab'), hash('abc') == hash(''.join(['a', 'bc'])))
for bad in ([], {}, set(), bytearray(), {}.keys()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class H:
    def __hash__(self): return 2**70
class N:
    __hash__ = None
class E:
    def __eq__(self, o): return True
print(hash(H()), hash(H()) == hash(2**70))
for bad in (N(), E()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class BadH:
    def __hash__(self): return 'x'
try:
    hash(BadH())
except TypeError as e:
    print('TypeError', e)
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
o = object()
print(hash(o) == hash(o))

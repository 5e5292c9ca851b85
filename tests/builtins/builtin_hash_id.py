# hash(): consistency between equal values, unhashable types; id() identity
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(-1) == -2, hash(-2) == -2)
print(hash(2**100) == hash(2.0**100), hash(1.5) == hash(3 / 2), hash(complex(1.5, 0)) == hash(1.5), hash(10**30) == hash(10**30))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(bytes([97, 98, 99])), hash((1, "a")) == hash((1.0, "a")))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(()) == hash(tuple()), hash(None) == hash(None))
print(hash(float("inf")), hash(float("-inf")), hash(range(0)) == hash(range(5, 5)), type(hash("x")).__name__)
for v in [[], {}, set(), bytearray(), [1], {1: 2}, ([1],), (1, {}), slice(1, 2)]:
    t(hash, v)
class A:
    pass
class B:
    def __eq__(self, o):
        return True
class C(B):
    def __hash__(self):
        return 42
class D:
    def __hash__(self):
        return 2**70
class E:
    def __hash__(self):
        return "x"
class F:
    __hash__ = None
a = A()
print(hash(a) == hash(a), hash(A) == hash(A), hash(C()), hash(D()) == hash(2**70), hash(len) == hash(len))
t(hash, B()); t(hash, E()); t(hash, F())
print(B.__hash__, F.__hash__, A.__hash__ is object.__hash__)
print(id(a) == id(a), id(a) != id(A()), id(None) == id(None), type(id(a)).__name__, id(1) == id(1))
x = [1]
y = x
print(id(x) == id(y), x is y, id(x[:]) != id(x))
d = {C(): "c"}
print(d[C()] if False else len(d), {frozenset([1]): 1, (1, 2): 2, 3.0: 3, "s": 4, None: 5, True: 6})

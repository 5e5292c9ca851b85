# hash of ranges/tuple subclasses; tuple subclass instances and plain tuples as equal set keys
M = 2**51 - 1
print(hash(range(0, 10, 2)) & M, hash(range(5)) & M, hash(range(-3, 100, 7)) & M, hash((5, 0, 1)) & M)
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(2, 2)) == hash(range(5, 1)), hash(range(3, 4)) == hash(range(3, 4, 9)))
print(hash(frozenset({(1, 2)})) & M, hash(((1, 2), frozenset([3]))) & M)
class T(tuple): pass
print(hash(T((1, 2))) & M, hash((1, 2)) & M, {T((1, 2)), (1, 2)}, len({T((1, 2)), (1, 2)}), (1, 2) in {T((1, 2))}, T((1, 2)) in {(1, 2)})
class F(frozenset): pass
print(F([1]) in {frozenset([1])}, frozenset([1]) in {F([1])}, len({F([1, 2]), frozenset([2, 1])}))
class H(tuple):
    def __hash__(self): return 7
print(hash(H((1,))), H((1,)) in {(1,)}, (1,) in {H((1,))}, len({H((1,)), (1,)}))
print({frozenset([1]), frozenset([2]), frozenset([1, 2])}, {(i, -i) for i in range(5)})
print({range(3): 'a'}[range(0, 3)], range(0) in {range(5, 5)})

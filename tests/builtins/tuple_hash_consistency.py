# hash consistency of tuples/frozensets holding numbers of mixed types, and their use as dict/set keys
pairs = [((1, 2), (1.0, 2.0)), ((True, 0), (1, False)), ((2**70,), (float(2**70),)), (("a", (1,)), ("a", (1.0,))), ((frozenset([1]),), (frozenset([1.0]),)), ((), tuple())]
for a, b in pairs:
    print(a == b, hash(a) == hash(b), {a: "v"}[b], b in {a})
seen = set()
for t in [(1, 2), (1.0, 2), (2, 1), (1, 2, 3), (1,), ((1,),), ((1, 2),)]:
    seen.add(t)
print(len(seen), sorted(seen, key=repr))
print(hash((1, 2)) != hash((2, 1)), hash((1, (2, 3))) != hash((1, 2, 3)), hash(((),)) != hash(()), hash((None,)) == hash((None,)))
d = {}
for i in range(100):
    d[(i % 10, i // 10)] = i
print(len(d), d[(3, 4)], d[(9, 9)], (10, 0) in d)
fs = {frozenset(): 0, frozenset([1]): 1, frozenset([1, 2]): 2, frozenset([2, 1, 1]): 3}
print(len(fs), fs[frozenset([1, 2])], sorted(map(len, fs)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, {}): 1}
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
print(hash((H(5), 1)) == hash((H(5), 1)), (H(1),) == (H(1),), {(H(2), "x"): 1}[(H(2), "x")])

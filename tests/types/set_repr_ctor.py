# set/frozenset repr and constructors
print(set(), frozenset(), {1}, frozenset([2]), repr(set()), str(frozenset()))
print(set('aaa'), set([1, 1, 1]), frozenset('b'), set(()), set({}), frozenset(frozenset()))
print(sorted(set(range(5))), sorted(set({1: 'a', 2: 'b'})), sorted(set(x % 3 for x in range(10))))
print(sorted(set({1: 2}.items())))
try:
    set(1)
except TypeError as e:
    print('TypeError', e)
try:
    set([1], [2])
except TypeError:
    print('TypeError 2 args')
try:
    set([[1]])
except TypeError as e:
    print('TypeError', e)
try:
    frozenset([{}])
except TypeError as e:
    print('TypeError', e)
s = {1}
s.add(s.__class__.__name__)
print(sorted(s, key=str))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) is f, type(set(f)).__name__)
class S(set):
    pass
x = S([1])
print(type(x).__name__, x == {1}, sorted(x | {2}), type(x | {2}).__name__)
class F(frozenset):
    pass
y = F([1])
print(type(y).__name__, y, hash(y) == hash(frozenset([1])))
print({(1, 2), (1, 2)}, {'é', 'é'}, {None})

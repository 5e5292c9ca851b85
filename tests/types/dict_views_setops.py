# set operations on dict keys/items views
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 0, 'z': 3, 'w': 4}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(sorted(ka & {'x', 'q'}), sorted(ka | ['q']), sorted(ka - ('x',)), sorted(['x', 'p'] - ka), sorted({'y'} ^ ka))
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia - ib), sorted(ia | ib), sorted(ia ^ ib))
print(type(ka & kb).__name__, type(ia | ib).__name__)
print(ka == {'x', 'y', 'z'}, ka == {'x'}, ka != set(), ia == {('x', 1), ('y', 2), ('z', 3)})
print(ka < {'x', 'y', 'z', 'w'}, ka <= set('xyz'), ka > {'x'}, ka >= ka, kb > ka)
print(ka.isdisjoint({'q'}), ka.isdisjoint(['x']), ia.isdisjoint(ib))
print('x' in ka, 'q' in ka, ('x', 1) in ia, ('x', 2) in ia, ('x',) in ia, 1 in ia)
print([] in ia)
try:
    ([], 1) in ia
except TypeError as e:
    print('TypeError', e)
v = a.values()
try:
    v & v
except TypeError as e:
    print('TypeError', e)
print(v == v, v == a.values(), 1 in v, 9 in v)
print(sorted(ka ^ set()), sorted(ka & []), len(ka), len(ia), len(v))
try:
    ka | 5
except TypeError as e:
    print('TypeError', e)

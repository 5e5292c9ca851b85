# tuple.index / tuple.count
t = (1, 2, 3, 2, 'a', None, 2.0, True)
print(t.count(2), t.count(1), t.count('a'), t.count('b'), t.count(None))
print(t.index(2), t.index(2, 2), t.index(2, -3), t.index(1, 1), t.index(2, -2**70))
for args in ((2, 4, 5), ('z',), (1, 2, 3), (2, 2**70)):
    try:
        print(t.index(*args))
    except ValueError as e:
        print('ValueError', e)
try:
    t.index()
except TypeError:
    print('TypeError')
try:
    t.count()
except TypeError:
    print('TypeError')
print(().count(1))
try:
    ().index(1)
except ValueError as e:
    print('ValueError', e)
print(tuple.index((5, 6), 6), tuple.count((5, 5), 5))

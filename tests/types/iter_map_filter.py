# map with several iterables, filter with None and functions
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(pow, [2, 3, 4], [1, 2], [5, 5, 5])))
print(list(map(lambda *a: a, 'ab', 'cde', 'fgh')), list(map(str, [])), list(map(len, ['', 'ab', [1]])))
try:
    map(abs)
except TypeError as e:
    print('TypeError')
try:
    map()
except TypeError:
    print('TypeError none')
try:
    list(map(None, [1]))
except TypeError as e:
    print('TypeError', e)
try:
    map(abs, 5)
except TypeError as e:
    print('TypeError', e)
try:
    list(map(abs, ['x']))
except TypeError as e:
    print('TypeError', e)
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, 2j, False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')), list(filter(None, ())))
print(list(filter(bool, {0: 1, 2: 3})))
try:
    filter(None)
except TypeError:
    print('TypeError filter arity')
try:
    filter(None, 3)
except TypeError as e:
    print('TypeError', e)
f = filter(None, [1, 0, 2])
m = map(int, '12')
print(type(f).__name__, type(m).__name__, iter(f) is f, next(f), next(m), list(f), list(m))
class Z:
    def __bool__(self):
        raise ValueError('no bool')
try:
    list(filter(None, [Z()]))
except ValueError as e:
    print('ValueError', e)
try:
    map(abs, [1], key=2)
except TypeError:
    print('TypeError kw')

# sorted(iterable, /, *, key=None, reverse=False)
print(sorted([3, 1, 2]), sorted('bca'), sorted((2, 1)), sorted({3, 1}), sorted({'b': 1, 'a': 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([], key=5), sorted([1], key=lambda x: 1 / 0) if False else 'skip')
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError')
try:
    sorted([3, 1], None)
except TypeError:
    print('TypeError positional key')
try:
    sorted()
except TypeError:
    print('TypeError no args')
try:
    sorted(iterable=[1])
except TypeError:
    print('TypeError iterable kw')
try:
    sorted([1, None])
except TypeError as e:
    print('TypeError', e)
l = [3, 2, 1]
s = sorted(l)
print(s is l, l, s)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data), sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
print(sorted([2.5, 1, True, -0.5, 2**65]))
print(sorted('Hello World', key=lambda c: (c.lower(), c)))
print(sorted([[2], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')], reverse=True))
import sys
big = list(range(50000, 0, -1))
print(sorted(big)[:3], sorted(big, reverse=True)[:3])

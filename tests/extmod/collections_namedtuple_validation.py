# invalid type and field names raise ValueError as in CPython
from collections import namedtuple

cases = [
    ('1abc', 'x'),
    ('A', 'x 1y'),
    ('A', 'x class'),
    ('def', 'x'),
    ('A', 'x _y'),
    ('A', 'x y x'),
    ('A', 'x-y'),
    ('A', ['a', 'b c']),
    ('A B', 'x'),
    ('', 'x'),
]
for tn, fields in cases:
    try:
        namedtuple(tn, fields)
        print('ok', tn, fields)
    except ValueError as e:
        print('ValueError:', e)

# valid unusual names
print(namedtuple('A_1', 'a1 b_2 C')._fields)
print(namedtuple('Tab', 'a\tb\nc')._fields)
print(namedtuple('T', 'x, y, z')(1, 2, 3))
try:
    namedtuple('T')
except TypeError:
    print('TypeError')
try:
    namedtuple('T', 5)
except TypeError:
    print('TypeError')

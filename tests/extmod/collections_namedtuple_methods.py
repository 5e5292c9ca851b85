# _fields, _make, _replace, _asdict, defaults
from collections import namedtuple

Emp = namedtuple('Emp', 'name age dept')
e = Emp('ann', 30, 'dev')
print(Emp._fields, e._fields)
r = e._replace(age=31)
print(r, e, type(r) is Emp)
print(e._replace(), e._replace(name='bo', dept='ops'))
try:
    e._replace(salary=1)
except ValueError as x:
    print('ValueError', x)
d = e._asdict()
print(type(d).__name__, d, list(d))
print(Emp._make(['c', 1, 'x'])._asdict())
print(e.__getnewargs__())

# defaults apply to the rightmost fields
Cfg = namedtuple('Cfg', 'host port debug', defaults=[8080, False])
print(Cfg('h'), Cfg('h', 1), Cfg('h', debug=True))
print(Cfg._field_defaults)
print(namedtuple('X', 'a b')._field_defaults)
All = namedtuple('All', 'a b', defaults=(1, 2))
print(All(), All(b=5))
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as x:
    print('TypeError', x)
try:
    Cfg()
except TypeError:
    print('TypeError missing')

# rename replaces invalid, keyword, underscore and duplicate names
R = namedtuple('R', ['ok', 'class', '_x', 'ok', '2', 'fine'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))
print(R(1, 2, 3, 4, 5, 6)._1)

# field names given as non-string iterables are converted with str()
print(namedtuple('G', ('u', 'v'))(1, 2))

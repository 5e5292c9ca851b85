# constructing namedtuples: positional, keyword, and the TypeErrors
from collections import namedtuple

P = namedtuple('P', 'a b c')
print(P(1, 2, 3), P(a=1, b=2, c=3), P(1, c=3, b=2), P(*[1, 2], **{'c': 3}))

def attempt(*args, **kw):
    try:
        print(P(*args, **kw))
    except TypeError as e:
        print('TypeError', e)

attempt(1, 2)
attempt(1)
attempt()
attempt(1, 2, 3, 4)
attempt(1, 2, 3, a=5)
attempt(1, 2, 3, d=5)
attempt(1, 2, z=3)

# construction through __new__ and _make
print(P.__new__(P, 7, 8, 9))
print(P._make(range(3)), P._make('xyz'))
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        P._make(bad)
    except TypeError as e:
        print('TypeError', e)

# instances are immutable
p = P(1, 2, 3)
try:
    p.a = 10
except AttributeError:
    print('AttributeError set')
try:
    p[0] = 10
except TypeError:
    print('TypeError item')
try:
    p.newattr = 1
except AttributeError:
    print('AttributeError new')
try:
    del p.a
except AttributeError:
    print('AttributeError del')
print(p)

# tuple repr (1-tuples, nesting) and unpacking edge cases
print((), (1,), (1, 2), ((1,),), ('a',), (None,), ((), ()), ([], {}), (1.0, -0.0))
print(repr((1,)), str(('x', "y'")))
a, *b = (1,)
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
try:
    a, b = (1,)
except ValueError as e:
    print('ValueError', e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    a, b, *c = (1,)
except ValueError as e:
    print('ValueError', e)
t = 1, 2, 3
x, (y, z) = 0, t[1:]
print(x, y, z)
print(tuple.__name__, type(()).__name__, isinstance((), tuple))
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, p + (3,), p == (1, 2), hash(p) == hash((1, 2)))

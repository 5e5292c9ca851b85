# dict | dict, |=, {**a, **b}
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a | {}, {} | {})
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
print(c)
c |= {}.items()
print(c)
for bad in ([('q', 1)], 1, None, {1, 2}):
    try:
        print(a | bad)
    except TypeError as e:
        print('TypeError', e)
try:
    c |= 5
except TypeError as e:
    print('TypeError', e)
try:
    c |= [1]
except TypeError as e:
    print('TypeError', e)
print({**a, **b}, {**{}, 'k': 1}, {'k': 0, **{'k': 1}})
try:
    {**[1]}
except TypeError as e:
    print('TypeError', e)
class D(dict):
    pass
r = D(a=1) | {'b': 2}
print(type(r).__name__, r)
r2 = {'b': 2} | D(a=1)
print(type(r2).__name__, r2)
print({1: 'a'} | {1.0: 'b'}, {True: 1} | {1: 2})

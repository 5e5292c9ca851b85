# dict comprehensions and dict(**kw)
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({(i, j): i * j for i in range(3) for j in range(3) if i != j})
print({c: i for i, c in enumerate('hello')})
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print('TypeError', e)
def f(**kw):
    return dict(**kw)
print(f(), f(a=1), f(b=2, a=1), dict(dict=1, self=2))
print(dict(**{'a': 1}, **{'b': 2}))
try:
    dict(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError')
try:
    dict(**{1: 2})
except TypeError as e:
    print('TypeError', e)
x = 10
print({x: y for y in range(3) for x in [y * 2]}, x)
order = []
def k(i):
    order.append(('k', i)); return i
def v(i):
    order.append(('v', i)); return i
{k(i): v(i) for i in range(2)}
print(order)

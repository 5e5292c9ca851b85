# *args and **kwargs unpacking in calls and displays
def f(*a, **k):
    return a, sorted(k.items())
print(f(*[1, 2], *(3,), 4))
print(f(**{'x': 1}, y=2, **{'z': 3}))
print(f(*range(3), **dict(a=1)))
print(f(*"ab", *[], *()))
def g(a, b, c=0, *, d=1):
    return a, b, c, d
print(g(*[1, 2]), g(1, *[2, 3]), g(*[1], **{'b': 5, 'd': 9}))
args = (1, 2, 3)
print(g(*args))
print([*args, *args], (*args,), {*args, 9} == {1, 2, 3, 9})
print({**{'a': 1}, **{'b': 2}})
print(max(*[3, 9, 2]), print(*["x", "y"], sep="-"))
try:
    f(**{'x': 1}, x=2)
except TypeError:
    print("TypeError duplicate kw")
try:
    g(*[1, 2, 3, 4])
except TypeError:
    print("TypeError too many")
def h(*a):
    return len(a)
print(h(*range(100)))
print(f(*(i for i in range(3))))

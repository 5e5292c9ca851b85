# lambda expressions
f = lambda: 42
print(f())
add = lambda a, b: a + b
print(add(2, 3))
d = lambda a, b=10: a * b
print(d(2), d(2, 3), d(b=1, a=7))
va = lambda *args: sum(args)
print(va(), va(1, 2, 3))
kw = lambda **kw: sorted(kw.items())
print(kw(z=1, a=2))
mix = lambda a, *r, k=0, **o: (a, r, k, sorted(o))
print(mix(1, 2, 3, k=4, q=5))
ko = lambda *, x: x * 2
print(ko(x=4))
po = lambda a, /, b: a - b
print(po(5, b=2))
print((lambda x: (lambda y: x + y))(10)(5))
fs = [lambda i=i: i for i in range(3)]
print([g() for g in fs])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: (yield))().__class__.__name__ == 'generator')
print(list(map(lambda x: x ** 2, range(5))))
print(f.__name__)

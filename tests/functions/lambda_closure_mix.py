# lambdas capturing variables, defaults, and used in data structures
x = 10
f = lambda y: x + y
print(f(1))
x = 20
print(f(1))
def make(n):
    return lambda m: n * m
times = {i: make(i) for i in range(1, 4)}
print([times[i](10) for i in sorted(times)])
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else None,
}
print([(k, ops[k](8, 2)) for k in "+-*/"], ops["/"](1, 0))
compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
print(compose(inc, inc)(0), compose(str, inc)(41))
Y = lambda fn: (lambda s: s(s))(lambda s: fn(lambda *a: s(s)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print((lambda: (lambda: (lambda: "deep")())())())
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))

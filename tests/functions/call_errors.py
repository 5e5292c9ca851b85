# wrong calls raise TypeError
def f(a, b):
    return a + b
def g(a, *, k):
    return a
def h(a, b=1, **kw):
    return a
five = 5
text = "abc"
cases = [
    ("too few", lambda: f(1)),
    ("too many", lambda: f(1, 2, 3)),
    ("none", lambda: f()),
    ("unexpected kw", lambda: f(1, 2, c=3)),
    ("multiple values", lambda: f(1, a=2)),
    ("missing kwonly", lambda: g(1)),
    ("kwonly positional", lambda: g(1, 2)),
    ("dup via dict", lambda: h(1, **{"a": 2})),
    ("builtin too many", lambda: len([1], [2])),
    ("builtin too few", lambda: len()),
    ("not callable", lambda: five()),
    ("str not callable", lambda: text()),
    ("method too many", lambda: [].append(1, 2)),
    ("lambda arity", lambda: (lambda x: x)()),
    ("kwargs not mapping", lambda: f(**[1, 2])),
    ("star not iterable", lambda: f(*5)),
    ("kw name not str", lambda: h(1, **{1: 2})),
]
for name, c in cases:
    try:
        c()
        print(name, "no error?!")
    except TypeError as e:
        print(name, type(e).__name__)
print(h(1, c=5), f(*[1], **{"b": 2}))

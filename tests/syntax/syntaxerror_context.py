# SyntaxErrors depending on context
cases = [
    "break",
    "continue",
    "def f():\n    break",
    "return 1",
    "yield 1",
    "def f():\n    nonlocal x",
    "nonlocal y",
    "def f():\n    x = 1\n    global x",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(x=1, 2)",
    "f(**k, *a)",
    "f(a for a in b, 1)",
    "class C:\n    return 3",
    "for i in range(3):\n    def g():\n        continue",
    "def f():\n    def g():\n        nonlocal zz\n    return g",
    "*a = [1]",
    "a, *b, *c = [1, 2, 3]",
    "x := 5",
    "def f(*): pass",
    "def f(**k, a): pass",
    "await x",
    "async def f():\n    yield from g()",
    "f(a=1, a=2)",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError))
# valid code in the same contexts
ok = [
    "for i in []:\n    break",
    "while 0:\n    continue",
    "def f():\n    return 1",
    "def f():\n    yield 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x",
    "f(1, x=2, *a, **k)",
    "*a, = [1]",
    "(x := 5)",
    "def f(*, a): pass",
]
for src in ok:
    compile(src, "<test>", "exec")
print("valid ones compiled")

# unbounded recursion raises RuntimeError: maximum recursion depth exceeded
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError as e:
    print("RuntimeError")
    print(e.args[0])
def g(n):
    return 1 + g(n + 1)
try:
    g(0)
except RuntimeError as e:
    print(e.args[0])
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(50))

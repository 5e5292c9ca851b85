# unbounded recursion raises RuntimeError (RecursionError in CPython is a subclass)
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError:
    print("caught")
def g():
    return [g()]
try:
    g()
except RuntimeError:
    print("caught list")
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RuntimeError:
    print("caught repr")
# the interpreter still works afterwards
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(100))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RuntimeError:
    print("caught mutual")
print("still alive")

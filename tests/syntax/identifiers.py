# identifiers: underscores, digits, keyword-like names, soft keywords
match = 1
case = 2
_ = 3
__x__ = 4
_a1b2 = 5
print(match + case + _ + __x__ + _a1b2)
def print_(x): return x
print(print_("ok"))
True_ = False
iff = "iff"
forx = "forx"
print(True_, iff, forx)
class Nonlocal: pass
print(Nonlocal.__name__)
A = a = 1
a = 2
print(A, a)
lambda_ = lambda: "lam"
print(lambda_())
type_ = type
print(type_(1).__name__)
def f(in_, is_, not_):
    return in_ + is_ + not_
print(f(1, 2, 3))
print(sorted(k for k in dir() if k.startswith("_a")))

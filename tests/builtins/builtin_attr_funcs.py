# getattr/setattr/delattr/hasattr on modules, classes, instances, builtins; hasattr only swallows AttributeError
import sys
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    cls_v = 1
    def meth(self):
        return "m"
    @property
    def boom(self):
        raise ValueError("prop failed")
    @property
    def attr_err(self):
        raise AttributeError("inner")
a = A()
print(getattr(a, "cls_v"), getattr(A, "cls_v"), getattr(a, "meth")(), getattr(A, "meth")(a), getattr(sys, "maxsize") > 0, getattr(1, "real"))
print(hasattr(a, "meth"), hasattr(a, "nope"), hasattr(A, "__init__"), hasattr(sys, "path"), hasattr(1, "imag"), hasattr(None, "x"))
t(hasattr, a, "boom")
print(hasattr(a, "attr_err"), getattr(a, "attr_err", "dflt"))
t(getattr, a, "boom", "dflt")
setattr(a, "new", [1]); setattr(A, "cls_new", 2); setattr(a, "x y", 3)
print(a.new, a.cls_new, A.cls_new, getattr(a, "x y"), "x y" in vars(a))
delattr(a, "new"); delattr(A, "cls_new")
print(hasattr(a, "new"), hasattr(A, "cls_new"))
t(delattr, a, "cls_v"); t(delattr, A, "nothing"); t(setattr, a, 5, 1); t(getattr, a, b"meth"); t(getattr, 1, "__class__")
class S(str):
    pass
print(getattr(a, S("cls_v")), hasattr(a, S("meth")))
t(setattr, sys, "custom_attr_for_test", 1)
print(getattr(sys, "custom_attr_for_test", None))
del sys.custom_attr_for_test
t(setattr, "str", "x", 1); t(setattr, [], "x", 1); t(delattr, {}, "keys"); t(setattr, len, "x", 1); t(setattr, A.meth, "tag", 5)
print(getattr(A.meth, "tag", None))
class G:
    def __getattr__(self, n):
        if n.startswith("dyn_"):
            return n[4:]
        raise AttributeError(n)
gg = G()
print(getattr(gg, "dyn_x"), hasattr(gg, "dyn_y"), hasattr(gg, "other"), getattr(gg, "other", "fallback"))

# print(sep/end/file/flush), dir, vars, getattr family, eval/exec/compile, __import__, id, input
import sys
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(1, 2, sep="")
print(1, 2, sep=None, end=None)
print("a", "b", sep="\u00e9", end="\n\n")
print()
print(end="")
print("x", end="")
print(sep="-")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("to", "file", 3, file=w, sep="+", end="!")
print(w.parts)
print("flush", flush=True)
print("stdout", file=None)
print("explicit", file=sys.stdout)
t(print, 1, sep=1)
t(print, 1, end=2)
t(print, 1, file=5)
t(print, 1, foo=1)
class S:
    def __str__(self): return "strS"
    def __repr__(self): return "reprS"
print(S(), [S()], (S(),), {1: S()}, str(S()), repr(S()))
class BadStr:
    def __str__(self): return 5
t(print, BadStr())
t(str, BadStr())
class Obj:
    cls_attr = 1
    def __init__(self): self.a = 1; self._b = 2
    def meth(self): pass
o = Obj()
print([n for n in dir(o) if not n.startswith("__")], "__init__" in dir(o), "__class__" in dir(o))
print([n for n in dir(Obj) if not n.startswith("__")])
print(dir(1) == dir(int), "append" in dir([]), "keys" in dir({}), "__add__" in dir(1), "split" in dir(""))
def f():
    x = 1; y = 2
    print(sorted(dir()))
    return sorted(locals())
print(f())
import sys as _s
print("sys" in dir(_s) or "path" in dir(_s), "argv" in dir(_s))
print(getattr(o, "a"), getattr(o, "zz", None), getattr(Obj, "cls_attr"), hasattr(o, "meth"), hasattr(o, "zz"))
setattr(o, "new", 5); print(o.new); delattr(o, "new"); print(hasattr(o, "new"))
t(delattr, o, "new")
t(getattr, o, "zz")
try:
    getattr(o)
except TypeError:
    print("TypeError")
t(setattr, o, 1, 2)
t(hasattr, o, None)
t(getattr, 5, "real"); print(getattr("s", "upper")()); t(setattr, 5, "real", 1); t(delattr, [], "append")
print(vars(o) == o.__dict__, sorted(vars(o)), sorted(k for k in vars(Obj) if not k.startswith("__")))
print(sorted(vars()) == sorted(globals()) or "x", type(globals()).__name__, "__name__" in globals())
class Sl:
    __slots__ = ("x",)
s = Sl(); s.x = 1
t(vars, s); t(setattr, s, "y", 2)
print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 3 "), eval("\n4\n") if False else "")
t(eval, "1 +"); t(eval, "x = 1"); t(eval, 5); t(eval, "a", {}, 5); t(eval, "zz")
g = {}
exec("a = 1\nb = a + 1", g); print(g["a"], g["b"], "__builtins__" in g)
l = {}
exec("c = 3", g, l); print(l, "c" in g)
exec("def fn(): return 9", g); print(g["fn"]())
t(exec, "1/0"); t(exec, "x ="); t(exec, "return 5")
def h():
    v = 10
    return eval("v + 1"), eval("v * 2", {"v": 3}), eval("w", None, {"w": 4})
print(h())
code = compile("q = 7", "<s>", "exec"); d = {}; exec(code, d); print(d["q"])
code = compile("1 + 1", "<s>", "eval"); print(eval(code), type(code).__name__)
t(compile, "1 +", "<s>", "eval"); t(compile, "x", "<s>", "bogus"); t(compile, "a\nb", "<s>", "eval")
single = compile("5", "<s>", "single"); print(type(single).__name__)
print(__import__("sys").__name__, __import__("sys", globals(), None, ["path"], 0).__name__)
t(__import__, "no_such_module_xyz")
t(__import__, 5)
print(type(id(o)).__name__, id(o) == id(o), id(o) != id(Obj()))
t(input, "prompt> ")
print(isinstance(print, type(len)), repr(len), repr(print), repr(sorted), len.__name__, print.__name__)

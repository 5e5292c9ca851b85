# str.format field names: auto/manual numbering, attributes, indexes, nesting, conversions
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return "Pt<%s>" % spec
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
p = Pt(1, [2, 3])
print("{0.x} {0.y[1]} {0!r} {0:abc} {0!s:>12}|".format(p))
print("{p.y[0]}-{p.x}".format(p=p), "{a[k]}{a[0]}".format(a={"k": "K", 0: "zero"}), "{0[-1]}".format({"-1": "neg"}))
print("{} {}".format(*"ab"), "{1}{0}{1}".format("x", "y"), "{:{}}|".format("v", 4), "{:{fill}^{w}}".format("c", fill="*", w=7))
print("{0:{1}.{2}f}".format(3.14159, 8, 3), "{!r:^10}".format("s"), "{x!a}".format(x="\u00e9"), "{{{0}}}".format("in"))
print("{0}{0}".format(1), "{a}{a}".format(a=2), "{}".format([1, "a"]), "{}".format({"k": (1,)}))

d = {"name": "Ann", "items": ["x", "y"]}
print("{name} has {items[0]} and {items[1]}".format(**d), "{0[name]}".format(d))
print("{:%Y}".format(Pt(0, 0)), format(Pt(0, 0), "q"), f"{p:zz}", f"{p!r}")
def err(fmt, *a, **k):
    try:
        print(fmt.format(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err("{0.z}", p)
err("{0[5]}", [1])
err("{0[x]}", {})
err("{", 1)
err("}", 1)
err("{0!}", 1)
err("{0!rr}", 1)
err("{:{:{}}}", 1, 2, 3)
err("{a.b.c}", a=p)
err("{0[0][0]}", [[5]])
err("{0} {}", 1, 2)
err("{} {0}", 1, 2)
err("{1}", 1)
err("{foo}")
err("{0:}", 5)
err("{!s}", 5)
err("{0[]}", [1])
err("{0.}", p)
err("{0x}", 1)
err("{.x}", p)
err("{[0]}", [9])
err("{0:d}", 1.5)
err("{:s}", 1)
err("{:>5}", None)
err("{:>5}", [1])
err("{:x}", object())
err("{}", None)
err("{:}", [1])

# left-to-right evaluation order
log = []
def t(name, val=None):
    log.append(name)
    return name if val is None else val
def show():
    print(" ".join(str(x) for x in log))
    log.clear()
t("a", 1) + t("b", 2) * t("c", 3)
show()
def f(*a, **k):
    return None
f(t("p1"), t("p2"), *[t("star")], k=t("kw"))
show()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show()
l = [t("e1"), t("e2"), t("e3")]
show()
obj = {"x": [0, 0]}
obj[t("key", "x")][t("idx", 1)] = t("rhs", 5)
show()
print(obj)
t("L", [1])[t("i", 0)] += t("inc", 10)
show()
x = t("cond", True) and t("second", 1) or t("third", 2)
show()
t("f", f)(t("arg"))
show()
[t(i) for i in range(3)]
show()
s = t("s", "abc")[t("lo", 0):t("hi", 2)]
show()
t("lhs", 1) < t("mid", 2) < t("rhs", 3)
show()
a, b = t("first", 1), t("second", 2)
show()
class O:
    pass
o = O()
t("obj", o).attr = t("val", 9)
show()
print(o.attr)

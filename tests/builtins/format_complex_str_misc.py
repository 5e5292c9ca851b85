# format() of complex, str, None, containers and user objects
for v in [1 + 2j, -1.5j, 0j, complex(1e20, -1e-20), complex(float("inf"), float("nan"))]:
    out = []
    for s in ["", ".2f", "10.1f", "<20", "+.1e", "g", ".3g", "^20.2f", "*>15"]:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("VE")
    print(repr(v), out)
for s in ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "s", ">10s", "\u00e9^9"]:
    print(repr(format("h\u00e9llo", s)))
for bad in ["d", "=10", "+", " ", "#", ",", "_s", "05"]:
    try:
        print(repr(format("str", bad)))
    except ValueError as e:
        print("ValueError", e)
for v in [None, [1, 2], (1,), {"a": 1}, {1}, range(2), b"by", len]:
    try:
        print(format(v, "") == str(v), end=" ")
        print(format(v, ">5"))
    except TypeError as e:
        print("TypeError", e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$%.2f" % self.v
        return "$" + format(self.v, spec)
m = Money(3.5)
print(format(m), format(m, ">8.1f"), "{}|{:08.3f}".format(m, m), f"{m}", f"{m:e}", "%s" % "skip")
class Inherit(float):
    pass
print(format(Inherit(2.5), ".2f"), format(Inherit(2.5)), "{:>6}".format(Inherit(1)))
class BadFmt:
    def __format__(self, spec):
        return spec * 2
print(format(BadFmt(), "ab"), "{:xy}".format(BadFmt()), f"{BadFmt():z}")
try:
    format(object(), "10")
except TypeError as e:
    print("TypeError", e)

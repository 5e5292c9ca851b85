# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
r = ReprOnly()
print(r, str(r), [r])
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
s = StrOnly()
print(s, str(s), repr(s).startswith("<"), [s][0] is s)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError:
    print("TypeError")
class Fmt:
    def __format__(self, spec):
        return "Fmt(%s)" % spec
print(format(Fmt(), "abc"), "{:xyz}".format(Fmt()), f"{Fmt():>5}")
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
print(str(ReprOnly()) == repr(ReprOnly()))

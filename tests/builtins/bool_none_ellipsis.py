# bool, NoneType, Ellipsis and NotImplemented singletons
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 3, -True, +True, ~True, ~False, abs(True))
print(True & True, True | False, True ^ True, False ^ True, True & 1, True | 2, True << 3, True >> 1, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is True, bool(1) is True, True > False, max(True, False), sorted([True, False, 0, 1]), sum([True] * 5))
print(str(True), repr(False), int(True), float(True), complex(True), hash(True), format(True, ""), format(True, "d"), format(True, ">6"), f"{False!s}")
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0.0), bool(-0.0), bool(0j))
t(bool, 1, 2); t(bool, x=1); t(lambda: type("B", (bool,), {})); t(bool.__new__, bool, 5)
print(isinstance(True, int), isinstance(True, bool), type(True) is bool, bool.__name__, True.real, True.imag, True.bit_length(), True.to_bytes(1, "big"))
print(None is None, None == None, None != 0, not None, repr(None), str(None), type(None).__name__, hash(None) == hash(None), bool(None))
t(lambda: None + 1); t(lambda: None < 1); t(lambda: len(None)); nn = None
t(lambda: nn[0]); t(lambda: None.attr); t(type(None), 1)
print(type(None)() is None, NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(..., Ellipsis, repr(...), ... is Ellipsis, type(...).__name__, type(...)() is ..., str(Ellipsis), [...], (..., 1), {...: 1}[...])
class WithEllipsis:
    def __getitem__(self, k):
        return k
print(WithEllipsis()[...], WithEllipsis()[1, ...], WithEllipsis()[..., ::2])
x = None
print(x or "default", x and "never", 0 or None, "" or [] or "last", 1 and 2 and 3, None if x else "falsy")

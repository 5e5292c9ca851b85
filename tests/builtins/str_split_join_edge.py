# more split/rsplit/join/strip edge cases
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for sep in [None, " ", "  ", "a", "ab", "\u00e9"]:
    for s in ["", " ", "a", " a ", "a b  c", "aab", "abab", "  x\u00e9y\u00e9  "]:
        for n in [-1, 0, 1, 2]:
            try:
                r1 = s.split(sep, n)
                r2 = s.rsplit(sep, n)
            except ValueError as e:
                r1 = r2 = "VE"
            print(repr(sep), repr(s), n, r1, r2)
t("a b".split, maxsplit=1.5)
t("a b".split, None, "1")
t("a".rsplit, 5)
t("abc".split, sep=None, maxsplit=0)
t(" a b ".rsplit, sep=None, maxsplit=0)
print("-".join(["x"] * 3), "".join(["a", "", "b"]), "\u00e9".join("ab"), ", ".join(map(str, range(4))), "".join(()))
class SubS(str):
    pass
print("+".join([SubS("a"), "b"]), type("".join([SubS("a")])).__name__)

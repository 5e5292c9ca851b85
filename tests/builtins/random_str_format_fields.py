# differential check: pseudo-random str.format templates (fields, conversions, nested specs, errors)
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(s):
    return s[rnd(len(s))]
class Obj:
    attr = "A"
    lst = [10, 20]
    def __format__(self, spec):
        return "O<" + spec + ">"
    def __repr__(self):
        return "Obj()"
args = [1, "two", 3.5, [4, 5], {"k": "v", "0": "z"}, Obj(), None, "\u00e9"]
kwargs = {"a": 1, "b": "bee", "o": Obj(), "d": {"x": [1, 2]}}
fields = ["", "0", "1", "2", "3", "4", "5", "7", "9", "a", "b", "o", "d", "3[0]", "3[1]", "3[2]", "4[k]", "4[0]", "o.attr", "o.lst[1]", "d[x][0]", "5.attr", "5.nope", "o.", "0[", "x"]
convs = ["", "", "!r", "!s", "!a", "!x"]
specs = ["", "", ":>6", ":^7", ":*<5", ":.2", ":d", ":x", ":{1}", ":{a}", ":,", ":.1f", ":{0}"]
for n in range(1500):
    parts = []
    for _ in range(rnd(3) + 1):
        parts.append(pick(["", "lit ", "{{", "}}", "x"]))
        parts.append("{" + pick(fields) + pick(convs) + pick(specs) + "}")
    fmt = "".join(parts) + pick(["", "}", "{", " end"])
    try:
        r = repr(fmt.format(*args, **kwargs))
    except Exception as e:
        r = type(e).__name__
    print(n, repr(fmt), r)

# str indexing, slicing and searching by code point on mixed-width UTF-8 text
s = "a\u00e9\u20ac\U0001f600b\u00e9"
print(len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
print(s[1:4], s[::-1], s[::2], s[1::3], s[-2:], s[:-2], s[4:1:-1], s[100:], s[-100:2])
print(s.find("\u20ac"), s.find("b"), s.rfind("\u00e9"), s.index("\U0001f600"), s.count("\u00e9"), s.find("\u00e9", 2), s.rfind("\u00e9", 0, 5))
print(s.startswith("\u00e9", 1), s.endswith("b", 0, 5), s.split("\u20ac"), s.partition("\U0001f600"), s.replace("\u00e9", "E"))
print(s.upper(), s.center(10, "*"), s.ljust(8, "\u00b7"), s.rjust(8), s.zfill(8), len(s.center(11)))
print([ord(c) for c in s], list(reversed(s)), sorted(s), max(s), min(s), "\U0001f600" in s, "\u00e9b" in s)
print(s.encode("utf-8"), len(s.encode()), s.encode().decode() == s, repr(s), ascii(s))
t = "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8"
print(t[2:5], t[::-2], t.find("\u30c6"), t.split("\u30ad"), len(t), t * 2, t[1] + t[-1])
u = "\u00e9" * 100 + "x" + "\u00e9" * 100
print(u.find("x"), u.index("x"), u[99:102], u.count("\u00e9"), len(u), u.rfind("\u00e9\u00e9"), u[::50])
for i, ch in enumerate("h\u00e9\U0001f600"):
    print(i, ch, len(ch.encode()))
it = iter("\u00e9\u20ac")
print(next(it), next(it), next(it, "end"))
print("".join(reversed("\u00e9\u20ac\U0001f600")), "\u00e9\u20ac"[slice(None, None, -1)], str(list("\u00e9\u20ac")))

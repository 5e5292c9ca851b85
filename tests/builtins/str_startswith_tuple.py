# startswith/endswith with tuples, start/end windows, empty affixes and unicode
s = "prefix-body.suffix"
cases = [("prefix",), ("body", 7), ("body", 7, 11), ("body", 7, 10), (("x", "pre"),), (("x", "y"),), ((),), ("",), ("", 18), ("", 19), ("", 5, 2),
         ("suffix", -6), ("x", -100), ("prefix", -100, 6), ("prefix", None, 6), (("suf", "fix"), None, None)]
for c in cases:
    print(c, s.startswith(*c), s.endswith(*c))
u = "\u00e9l\u00e8ve"
print(u.startswith("\u00e9"), u.startswith("l", 1), u.endswith("ve", 0, 5), u.endswith(("x", "\u00e8ve")), u.startswith("\u00e8", 2, 3))
b = b"binary\x00data"
print(b.startswith(b"bin"), b.endswith((b"ta", b"x")), b.startswith(b"\x00", 6), bytearray(b).endswith(b"data", 0, 11), b.startswith(bytearray(b"b")))
for bad in [lambda: s.startswith(["p"]), lambda: s.startswith(("p", 1)), lambda: s.endswith(5), lambda: b.startswith("b"), lambda: s.startswith("p", "1"), lambda: b.endswith((b"a", "a"))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

# int()/float() accept any Unicode decimal digit (and Unicode spaces).
digits = [0x0660, 0x06F0, 0x0966, 0x0E50, 0xFF10, 0x104A0, 0x10D30, 0x11950, 0x1D7CE, 0x1D7F6, 0x1E950, 0x1FBF0]
for z in digits:
    s = "".join(chr(z + d) for d in (3, 1, 4))
    print(hex(z), int(s), float(s[0] + "." + s[1:]), int(" \u2003" + s + "\u3000 "))
for bad in ("\u0669\u066a", "\u00b2", "\u2155", "x\u0663", "\u0663_", "\U0001D7CD"):
    for f in (int, float):
        try:
            print(f(bad))
        except ValueError:
            print(f.__name__, repr(bad), "ValueError")
print(int("\u0661\u0660", 16), int("\u0663_\u0664"))

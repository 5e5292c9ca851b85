# zfill/expandtabs/center/ljust/rjust over a table of inputs and widths
for s in ["", "7", "-7", "+7", "abc", "-", "+", "--5", "1e5", "\u00e9", "-\u00e9"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 3, 6)])
for s in ["\t", "a\tb", "ab\tc\td", "\tx\n\ty", "12345678\t9", "a\r\tb", "\u00e9\tz", "no tabs"]:
    print(repr(s), [s.expandtabs(n) for n in (0, 1, 2, 4, 8)], repr(s.expandtabs()))
for s in ["", "a", "ab", "abc", "\u00e9\u00e8"]:
    print(repr(s), [(s.center(w, "*"), s.ljust(w, "-"), s.rjust(w, "+")) for w in (0, 2, 5, 6)])
print(b"-1".zfill(5), b"a\tb".expandtabs(2), b"ab".center(5, b"."), bytearray(b"x").rjust(3, b"0"))

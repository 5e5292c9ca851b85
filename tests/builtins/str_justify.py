# center/ljust/rjust/zfill/expandtabs
for w in [0, 1, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print(repr("\u00e9\u00e9".center(6, "\u2605")), repr("x".ljust(3, "\u00e9")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0"]:
    print(repr(s.zfill(5)), repr(s.zfill(0)))
print(b"-12".zfill(6), bytearray(b"7").zfill(3), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".ljust("5")
except TypeError:
    print("TypeError")
t = "a\tbc\tdef\tg\n12345678\tx\r\tz"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(tabsize=0)), repr(t.expandtabs(1)))
print(repr("\t".expandtabs(-1)), repr("\u00e9\tx".expandtabs(4)))
print(b"a\tb".expandtabs(4))

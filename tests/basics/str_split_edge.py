# edge cases of split/join/strip
print("".split(), "".split(","), "   ".split(), " a ".split())
print("a,,b,".split(","), ",".split(","), "abc".split("abc"))
print("a b c d".split(None, 2), "a b c d".split(" ", 0), "1  2".split(" "))
print("a\tb\nc  d".split(), "  lead and trail  ".split(" "))
print("aXbXc".split("X", -1), "aXbXc".rsplit("X", 1), "a b c".rsplit(None, 1))
print("x".join("abc"), "".join(["a"]), ",".join([]))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError join")
try:
    "a".split("")
except ValueError:
    print("ValueError empty sep")
print("line1\nline2\n".splitlines(), "a\r\nb\rc".splitlines(), "".splitlines())
print("x\ny\n".splitlines(True))
print("  x  ".strip(" x"), "abcabc".strip("cba"), "..a..".lstrip("."), "..a..".rstrip("."))
print("hello world".partition(" "), "no".partition(" "))
print("a-b".replace("-", ""), "aaa".replace("a", "a" * 2, 2), "".replace("", "x"))
print("abc".replace("", "-"))

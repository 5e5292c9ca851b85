# str.split / rsplit / splitlines with every argument form
s = "  a b  c\td\n e  "
print(s.split())
print(s.split(None))
print(s.split(None, 1))
print(s.split(maxsplit=2))
print(s.rsplit())
print(s.rsplit(None, 1))
print(s.rsplit(maxsplit=2))
print(s.rsplit(None, 0))
print(s.split(None, 0))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".rsplit(",", 1))
print("a,b,,c,".rsplit(",", maxsplit=2))
print("a,b,,c,".split(sep=",", maxsplit=-1))
print("".split())
print("".split(","))
print("   ".split())
print("   ".rsplit(None, 1))
print("abcabc".split("bc"))
print("abcabc".rsplit("bc", 1))
print("aaa".split("a"))
print("aaaa".split("aa"))
print("aaaa".rsplit("aa", 1))
print("x\u00e9y\u00e9z".split("\u00e9"))
print("\u2003a\u3000b\x1cc".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError")
# splitlines
t = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x85ten\u2028eleven\u2029end"
print(t.splitlines())
print(t.splitlines(True))
print(t.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(True))
print("no newline".splitlines())
print(b"a\nb\r\nc\rd\x0be".splitlines())
print(b"a\nb\r\n".splitlines(keepends=True))

# replace with count, partition/rpartition, join
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "|"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print(s.replace("two", ""), s.replace("z", "y"), "aaa".replace("a", "aa"), s.replace(old="one", new="1", count=1) if False else "kw skip")
print("\u00e9a\u00e9".replace("\u00e9", "e"), "\u00e9a\u00e9".replace("", "."))
print(s.partition(" "), s.rpartition(" "), s.partition("x"), s.rpartition("x"), s.partition("one"))
print("".partition("a"), "abc".rpartition("c"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(x for x in ("p", "q")))
print("\u00e9".join(["a", "b"]), "x".join(["only"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError")
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]))
try:
    b",".join(["a"])
except TypeError as e:
    print("TypeError", e)
print(b"aXbXc".replace(b"X", b"--"), b"aaa".replace(b"a", b"b", 2), b"a b".partition(b" "), b"a b c".rpartition(b" "))

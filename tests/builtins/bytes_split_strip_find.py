# bytes/bytearray searching, splitting, stripping with every argument form
for T in (bytes, bytearray):
    b = T(b"  one two  three\tfour\n")
    print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.strip(), b.lstrip(), b.rstrip(b"\n"))
    c = T(b"a,b,,c")
    print(c.split(b","), c.split(b",", 1), c.rsplit(b",", 1), c.split(sep=b","), c.partition(b","), c.rpartition(b","))
    print(c.find(b","), c.rfind(b","), c.find(b",", 2), c.find(44), c.count(b","), c.count(44), c.index(b"c"), c.rindex(b"a"))
    print(c.startswith(b"a,"), c.endswith((b"x", b"c")), c.startswith(b"b", 2), c.replace(b",", b";"), c.replace(b",", b"", 2))
    print(T(b"xxhixx").strip(b"x"), T(b"xxhixx").lstrip(b"x"), T(b"xxhixx").rstrip(b"x"), T(b"ab").strip(None))
    print(T(b"a\nb\r\nc").splitlines(), T(b"a\nb\r\nc").splitlines(True), type(c.split(b",")[0]).__name__)
    print(T(b"Hello World").swapcase(), T(b"hello").capitalize(), T(b"a-b c").title(), T(b"ABC").lower(), T(b"abc").upper())
    print(T(b"ab").center(6, b"-"), T(b"ab").ljust(4, b"."), T(b"ab").rjust(4), T(b"-5").zfill(4), T(b"a\tb").expandtabs(3))
    print(T(b"abc").isalpha(), T(b"a1").isalnum(), T(b"12").isdigit(), T(b" ").isspace(), T(b"Ab Cd").istitle(), T(b"AB").isupper(), T(b"ab").islower(), T(b"\x80").isascii())
    print(T(b",").join([b"a", T(b"b")]), T(b"abc").removeprefix(b"ab"), T(b"abc").removesuffix(b"bc"), T(b"abc").hex(), T(b"").hex())
for bad in [lambda: b"a".split(""), lambda: b"a".split(b""), lambda: b"a".find("a"), lambda: b"a".startswith("a"), lambda: b"a".replace("a", "b"),
            lambda: b"a".strip("a"), lambda: b"a".join(["a"]), lambda: b"a".count(256), lambda: bytearray(b"a").find(-1), lambda: b"a".center(3, "x")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

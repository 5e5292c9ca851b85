# bytes: construction, indexing, methods, operators, %-formatting
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(bytes, 3); t(bytes, [1, 2, 255]); t(bytes, "é", "utf-8"); t(bytes, "abc", encoding="ascii"); t(bytes, "é", "ascii"); t(bytes, "é", "ascii", "ignore"); t(bytes, "é", "ascii", errors="replace")
t(bytes, "abc"); t(bytes, [256]); t(bytes, [-1]); t(bytes, -1); t(bytes, 1.5); t(bytes, b"x", "utf-8"); t(bytes, range(3)); t(bytes, bytearray(b"q")); t(bytes, memoryview(b"mv"))
t(bytes); t(bytes, "x", "bogus-enc"); t(bytes, (x for x in [65, 66]))
b = b"hello world"
print(b[0], b[-1], b[1:3], b[::-1], b[::3], b[100:], b.hex(), b.hex(":"), b.hex(":", 2), b.hex("-", -3))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("00ff"))
t(bytes.fromhex, "zz"); t(bytes.fromhex, "a"); t(bytes.fromhex, b"ab")
print(b.decode(), b.decode("ascii"), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"), b"a\xffb".decode("utf-8", "ignore"))
t(b"\xff".decode); t(b"\xc3".decode); t(b.decode, "bogus")
print(b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.count(108))
t(b.index, b"z"); t(b.find, 256); t(b.find, "o")
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.upper(), b.replace(b"l", b"L", 1), b.strip(b"hd"), b.title(), b.center(15, b"*"))
print(b"a,b".split(b","), b"  x  ".strip(), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b + b"!", b * 2, 2 * b, b"a" < b"b", b"ab" == b"ab", b"a" == "a", b"a" in b"cab", 97 in b"a", b"" in b"x")
t(lambda: b + "s"); t(lambda: "s" + b); t(lambda: b"a" < "a"); t(lambda: 300 in b"a"); t(lambda: "a" in b"a")
t(lambda: b"%s" % "str"); t(lambda: b"%s" % 5)
print(b"%b" % b"x", b"%a" % "é", b"%5s|%-5s|" % (b"a", b"b"), b"%(k)s" % {b"k": b"v"})
print(b.isalnum(), b"".isalnum(), b"a".islower(), b"abc".partition(b"b"), b"abc".rpartition(b"z"), b"a b c".split(None, 1), b"\t a \n".split())
print(b"ab".zfill(4), b"x".ljust(3, b"-"), b"abc".removeprefix(b"a"), b"abc".capitalize(), b"ABC".casefold() if hasattr(b"", "casefold") else "nocasefold")
print(b"abc"[1], b"abc"[-3], list(b"ab"), [x for x in bytearray(b"cd")], b"abc"[5:], b"".join([b"a", b"b"]), b"abc".count(b""))
t(lambda: b"abc"[5])
t(lambda: bytearray(b"abc")[5])
key = "x"
t(lambda: b"abc"[key])


# bytes hex/fromhex, comparisons, concatenation, repetition, membership, repr escapes
print(b"\x00\x7f\x80\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), bytearray(b"\x01\x02").hex(" "))
print(bytes.fromhex("00 7f 80 ff"), bytearray.fromhex(" 0A0b "), bytes.fromhex(""), type(bytearray.fromhex("00")).__name__)
for bad in ["0", "0g", "00 0", "\u00e9"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError", e)
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"a" == bytearray(b"a"), bytearray(b"b") > b"a", b"x" != "x")
print(b"ab" + b"cd", bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"!"), b"ab" * 3, 0 * b"ab", bytearray(b"z") * 2)
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(b"b" in b"abc", b"bc" in bytearray(b"abc"), 99 in b"abc", b"" in b"", bytearray(b"z") in b"xyz", memoryview(b"y") in b"xyz" if False else "")
for v in [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x00\x1f\x7f\x80", bytes(range(250, 256)), bytearray(b"q'"), bytearray()]:
    print(repr(v), str(v), len(v))
for bad in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" < "a", lambda: b"a" * 1.5, lambda: 256 in b"a", lambda: "a" in b"a", lambda: b"a" + 1, lambda: [] in b"a"]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(bytearray(b"hello")), sum(b"\x01\x02"), list(reversed(b"ab")))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"k" in {b"k"}, bytes(b"abc") == b"abc")
for a in [[], [1], range(2), bytearray(b'b'), b':', ':', 'ab', (), 5, None, '\u00e9', b'\xe9']:
    try:
        print(repr(a), repr(b'hello'.hex(a)), bytearray(b"xy").hex(a), memoryview(b"zz").hex(a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
print(b'hello'.hex(b':', 2), b'hello'.hex(':', -2))

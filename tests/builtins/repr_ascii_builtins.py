# repr() and ascii() of builtin values including quoting and escapes
vals = ["", "'", '"', "'\"", "\\", "\n\t\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "\u00e9\u20ac", "\u2028\u200b\ufeff",
        "\U0001f600", "\ud800" if False else "x", "a'b\"c", b"", b"'", b'"', b"\x00\xff", bytearray(b"a'"),
        1, -1, 2**100, 1.5, -0.0, 1e300, float("inf"), float("-inf"), float("nan"), 1j, -1-2j, 1e-7j, True, None, ...,
        [], [1, [2]], (), (1,), (1, 2), {}, {1: "a"}, set(), {1}, frozenset(), frozenset([1]), range(3), range(1, 5, 2), slice(1, None),
        int, str, len, NotImplemented, Exception("e"), KeyError("k"), ValueError()]
for v in vals:
    print(repr(v), ascii(v), ascii(str(v)))
print(repr("\u0378"), ascii("\u0378"), repr("\U000e0001"), repr("\u00a0"), repr("\u3000"), repr("\u0300"), repr("a\u0300"))

# bin/oct/hex with ints, bools, __index__; chr/ord across the unicode range
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 5, -5, 255, 256, 2**31, -2**31, 2**63, -2**63, 2**64 - 1, 2**100, True, False]:
    print(bin(v), oct(v), hex(v))
class Ix:
    def __index__(self):
        return -42
print(bin(Ix()), oct(Ix()), hex(Ix()), "%x" % 255, format(255, "#010x"), f"{255:#b}")
t(bin, 1.0); t(oct, "7"); t(hex, None)
for c in [0, 9, 10, 31, 32, 65, 127, 128, 160, 255, 256, 0x3b1, 0x20ac, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c, len(ch), len(ch.encode()), ascii(ch))
t(chr, -1); t(chr, 0x110000); t(chr, "a"); t(chr, 65.0); t(chr, Ix()); t(chr, True); t(chr, 2**70)
t(ord, "a"); t(ord, "\u20ac"); t(ord, "\U0001f600"); t(ord, b"\xff"); t(ord, bytearray(b"A")); t(ord, "")
t(ord, "ab"); t(ord, b"ab"); t(ord, 65); t(ord, ["a"]); t(ord, memoryview(b"a"))
print(ord(chr(0xd800)) if False else "", [ord(c) for c in "h\u00e9\u20ac\U0001f600"], "".join(chr(ord(c) + 1) for c in "HAL"))

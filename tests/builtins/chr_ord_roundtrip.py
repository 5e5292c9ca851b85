# chr/ord round trips over samples of every plane, and encoding lengths

total = 0
for cp in list(range(0, 0x300, 7)) + list(range(0xd700, 0xe100, 97)) + list(range(0xfff0, 0x10010)) + [0x1f600, 0x10ffff, 0xe0001, 0x2fa1d]:
    if 0xd800 <= cp <= 0xdfff:
        continue
    c = chr(cp)
    assert ord(c) == cp and len(c) == 1
    enc = c.encode("utf-8")
    assert enc.decode("utf-8") == c
    total += len(enc)
print(total)
print([len(chr(c).encode()) for c in (0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)])
s = "".join(chr(c) for c in (0x41, 0xe9, 0x20ac, 0x1f600))
print(ascii(s), [ord(c) for c in s], len(s), len(s.encode()), s.encode("utf-8").hex())
print(ord(max(s)), ord(min(s)), sorted(s, key=ord) == sorted(s), "".join(sorted(s, reverse=True)) == s[::-1])
print(ascii(chr(0xd800)), len(chr(0xdfff)), ord(chr(0xd800)))

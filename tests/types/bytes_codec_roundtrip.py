# every byte value and sample code points through latin-1, cp1252, utf-8, utf-16 and utf-32 round trips
allb = bytes(range(256))
s = allb.decode('latin-1')
print(len(s), s.encode('latin-1') == allb, ascii(s[120:140]))
print(ascii(allb.decode('cp1252', 'replace')[120:165]), allb.decode('cp1252', 'ignore').encode('cp1252') == bytes(b for b in allb if b not in (0x81, 0x8d, 0x8f, 0x90, 0x9d)))
print(allb.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == allb, ascii(allb.decode('utf-8', 'replace')[125:132]))
text = ''.join(chr(c) for c in (0, 65, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff))
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    b = text.encode(enc)
    print(enc, len(b), b[:12].hex(), b.decode(enc) == text)
print(ascii(b'\xff\xfeA\x00'.decode('utf-16')), ascii(b'\xfe\xff\x00A'.decode('utf-16')), ascii(b'A\x00'.decode('utf-16')))
print(ascii(b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32')), ascii(b'\x3d\xd8\x00\xde'.decode('utf-16-le')))

# large inputs: several MB through compress/decompress, so the window slides
# many times and blocks end everywhere; lengths and CRCs are compared
try:
    import zlib
except ImportError:
    import uzlib as zlib

chunk = b''.join(b'%d,%d,%d\n' % (i, i * i % 9973, i ^ 0x5a5a) for i in range(6000))
data = chunk * 8 + bytes(200000) + bytes((i * 131 + (i >> 9)) & 255 for i in range(60000))
print(len(data), zlib.crc32(data))
for level in (1, 6):
    c = zlib.compress(data, level)
    d = zlib.decompress(c)
    print(level, len(d), zlib.crc32(d) == zlib.crc32(data), len(c) < len(data) // 2)
c = zlib.compress(data, 0)
print(0, zlib.decompress(c) == data, len(c) > len(data))
c = zlib.compress(data, 6, 31)
print(zlib.decompress(c, 31) == data)
# a long run: matches of 258 bytes at distance 1
z = zlib.compress(b'a' * 2000000)
print(len(z) < 20000, zlib.decompress(z) == b'a' * 2000000)

# zlib.compress with wbits: zlib streams with smaller windows, raw DEFLATE
# (negative) and gzip (16 + n); each decompressed with the matching wbits
try:
    import zlib
except ImportError:
    import uzlib as zlib

data = b''.join(b'record %d value %d\n' % (i, i * i % 1000) for i in range(2000))
for wbits in (9, 10, 12, 15, -9, -12, -15, 25, 28, 31):
    c = zlib.compress(data, 6, wbits)
    out = zlib.decompress(c, wbits)
    print(wbits, out == data, len(c) < len(data) // 3)
    if wbits > 0 and wbits < 16:
        # header: CINFO = wbits - 8; any larger window accepts it
        print(c[0] >> 4, c[0] & 15, (c[0] * 256 + c[1]) % 31, zlib.decompress(c, 15) == data)
    if wbits > 16:
        print(c[:4], c[8], c[9], zlib.decompress(c, 47) == data)
# wbits 8 is written as 9, as zlib does
print(zlib.compress(b'hello', 6, 8)[:2])
# a zlib stream with a window larger than the wbits allowed is refused
c = zlib.compress(data, 6, 15)
try:
    zlib.decompress(c, 10)
except zlib.error as e:
    print('error', e)
# gzip trailer: CRC-32 and length
c = zlib.compress(data, 9, 31)
print(int.from_bytes(c[-8:-4], 'little') == zlib.crc32(data), int.from_bytes(c[-4:], 'little') == len(data))
# zlib trailer: Adler-32, big-endian
c = zlib.compress(data)
print(int.from_bytes(c[-4:], 'big') == zlib.adler32(data))
# bad parameters
for args in ((b'x', 10), (b'x', -2), (b'x', 6, 7), (b'x', 6, 16), (b'x', 6, -16), (b'x', 6, 40)):
    try:
        zlib.compress(*args)
        print('no error')
    except zlib.error as e:
        print('error', e)

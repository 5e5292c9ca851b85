# every wbits value against zlib, raw and gzip streams with a 512-byte
# window, empty input and an empty raw block: accepted or refused as by zlib
try:
    import zlib
except ImportError:
    import uzlib as zlib

c9 = zlib.compress(b'hello hello hello', 6, 9)
r9 = zlib.compress(b'hello hello hello', 6, -9)
g9 = zlib.compress(b'hello hello hello', 6, 25)
for data in (c9, r9, g9, b'', b'\x03\x00'):
    for w in (8, 9, -8, -9, 24, 25, 40, 41, 32, 16, -7, 7, 0, -16, 48):
        try:
            r = zlib.decompress(data, w)
            print(w, 'ok', r)
        except zlib.error as e:
            print(w, e)
for a in ((b'x', 6, -8), (b'x', 6, 24), (b'x', 6, 8), (b'x', 6, 9)):
    try:
        print(zlib.compress(*a)[:3])
    except zlib.error as e:
        print(e)
try:
    zlib.decompress(b'x', 15, -1)
except Exception as e:
    print(type(e).__name__, e)

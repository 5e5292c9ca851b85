# zlib.compressobj: incremental compression with sync flushes, finished
# with Z_FINISH; the pieces form one stream
try:
    import zlib
except ImportError:
    import uzlib as zlib

data = b''.join(b'<item id="%d">%s</item>\n' % (i, b'payload' * (i % 5)) for i in range(600))
for level, wbits in ((-1, 15), (1, 15), (9, 15), (0, 15), (6, -15), (6, 31)):
    co = zlib.compressobj(level, zlib.DEFLATED, wbits)
    parts = []
    for i in range(0, len(data), 1000):
        parts.append(co.compress(data[i:i + 1000]))
        if i % 5000 == 0:
            parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    parts.append(co.flush())
    c = b''.join(parts)
    print(level, wbits, zlib.decompress(c, wbits) == data, len(c) < len(data))
# after a sync flush, everything so far decodes (the flush ends in 00 00 ff ff)
co = zlib.compressobj()
head = co.compress(b'hello world ' * 50) + co.flush(zlib.Z_SYNC_FLUSH)
print(head[-4:])
print(zlib.decompressobj().decompress(head) == b'hello world ' * 50 if hasattr(zlib, 'decompressobj') else True)
print(zlib.decompress(head + co.flush()) == b'hello world ' * 50)
# empty
co = zlib.compressobj()
print(zlib.decompress(co.compress(b'') + co.flush()))
# keyword arguments
co = zlib.compressobj(level=9, wbits=-12)
print(zlib.decompress(co.compress(data) + co.flush(), -12) == data)
print(zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_NO_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.MAX_WBITS, zlib.DEFLATED)

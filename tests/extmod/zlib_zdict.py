# preset dictionaries (zdict) for compressobj/decompressobj, raw and zlib
# streams (the zlib header then carries the dictionary's Adler-32)
try:
    import zlib
except ImportError:
    import uzlib as zlib

d = b'hello world, this is a dictionary of common words'
big = bytes((i * 7 + i // 5) & 255 for i in range(50000))
for dic, data in ((d, b'hello world again, common words'), (big, big[1000:9000] + b'tail'), (big[:100], b'x' * 1000)):
    for w in (15, -15, 10, -10):
        co = zlib.compressobj(6, 8, w, zdict=dic)
        c = co.compress(data) + co.flush()
        out = zlib.decompressobj(w, zdict=dic).decompress(c)
        print(w, out == data, len(c) < len(data))
co = zlib.compressobj(zdict=d)
c = co.compress(b'hello world again') + co.flush()
print(c[:2], c[2:6] == zlib.adler32(d).to_bytes(4, 'big'))
for args in ((), (15,)):
    try:
        zlib.decompressobj(*args).decompress(c)
    except zlib.error as e:
        print(e)
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj(zdict=b'wrong').decompress(c)
except zlib.error as e:
    print(e)
print(zlib.decompressobj(31, zdict=d).decompress(zlib.compress(b'x', 6, 31)))
print(zlib.decompressobj(zdict=d).decompress(zlib.compress(b'plain')))
try:
    zlib.compressobj(wbits=31, zdict=d)
except ValueError as e:
    print('ValueError', e)
try:
    zlib.decompressobj(zdict='str')
except TypeError as e:
    print('TypeError')
co = zlib.compressobj(zdict=b'')
print(co.compress(b'x') + co.flush())
# streams made by CPython's zlib with the dictionary
lz = b'x\xf9\xbfO\x12!Cf[)d \xb4\x03\x00|\xdd\t\x8f'
lr = b'Cf[)d \xb4\x03\x00'
print(zlib.decompressobj(zdict=d).decompress(lz), zlib.decompressobj(-15, zdict=d).decompress(lr))
print(zlib.decompressobj(zdict=bytearray(d)).decompress(lz))

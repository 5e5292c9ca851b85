# zlib.compress at every level, checked by decompressing (under CPython the
# same program checks CPython's compressor, so only properties are printed)
try:
    import zlib
except ImportError:
    import uzlib as zlib

text = b'The quick brown fox jumps over the lazy dog. ' * 200
seq = bytes((i * 7 + i // 13) & 255 for i in range(5000))
noise = bytes((i * 1103515245 + 12345) >> 16 & 255 for i in range(4000))
runs = b''.join(bytes([i & 255]) * (i % 300) for i in range(100))
samples = [('empty', b''), ('one', b'x'), ('two', b'ab'), ('text', text), ('seq', seq),
           ('noise', noise), ('runs', runs), ('mix', text[:1000] + noise[:1000] + text[:1000])]
for name, d in samples:
    sizes = []
    for level in range(-1, 10):
        c = zlib.compress(d, level)
        assert zlib.decompress(c) == d, (name, level)
        sizes.append(len(c))
    # level 0 stores; compressible data shrinks at every other level
    print(name, len(d), zlib.compress(d, 0)[:2], sizes[1] >= len(d), all(s < len(d) // 2 for s in sizes[2:]) if name in ('text', 'runs') else '-')
    print(zlib.decompress(zlib.compress(d, level=9)) == d, zlib.decompress(zlib.compress(d, wbits=-15), -15) == d)
# the zlib header: method 8, window 32K, level flags
for level in (-1, 0, 1, 2, 5, 6, 7, 9):
    print(level, zlib.compress(b'abc', level)[:2])
# incompressible data grows only by the framing
print(len(zlib.compress(noise, 9)) - len(noise) < 64)
# highly compressible data compresses well
print(len(zlib.compress(bytes(100000))) < 200, len(zlib.compress(b'ab' * 50000)) < 400)
# bytearray / memoryview input
print(zlib.decompress(zlib.compress(bytearray(text))) == text, zlib.decompress(zlib.compress(memoryview(seq))) == seq)

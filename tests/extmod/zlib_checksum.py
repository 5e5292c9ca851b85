# zlib.crc32 and zlib.adler32: values, running checksums, start values
try:
    import zlib
except ImportError:
    import uzlib as zlib

for d in (b'', b'a', b'abc', b'123456789', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 40):
    print(len(d), zlib.crc32(d), zlib.adler32(d))
# running: crc32(b, crc32(a)) == crc32(a + b)
a, b = b'hello ' * 1000, b'world' * 3333
print(zlib.crc32(b, zlib.crc32(a)) == zlib.crc32(a + b))
print(zlib.adler32(b, zlib.adler32(a)) == zlib.adler32(a + b))
# adler32 over more than 5552 bytes of 0xff (the modulo boundary)
print(zlib.adler32(b'\xff' * 5552), zlib.adler32(b'\xff' * 5553), zlib.adler32(b'\xff' * 100000))
# start values are taken modulo 2**32
print(zlib.crc32(b'abc', 0), zlib.crc32(b'abc', 1), zlib.crc32(b'abc', 0xffffffff))
print(zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**32 + 5) == zlib.crc32(b'abc', 5), zlib.crc32(b'abc', 2**70) == zlib.crc32(b'abc'))
print(zlib.adler32(b'abc', 0), zlib.adler32(b'abc', 12345), zlib.adler32(b'', 99), zlib.adler32(b'abc', -1))
# bytes-like arguments
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'xabcx')[1:4]), zlib.adler32(bytearray(b'abc')))
for bad in ('abc', 12, None):
    try:
        zlib.crc32(bad)
    except TypeError:
        print('TypeError')
try:
    zlib.adler32(b'x', 'y')
except TypeError:
    print('TypeError')

# binascii.crc32: values, running crc, masking of the start value
import binascii

print(binascii.crc32(b''))
print(binascii.crc32(b'a'))
print(binascii.crc32(b'hello world'))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b'\x00' * 1000))
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
c = 0
for i in range(0, 256, 17):
    c = binascii.crc32(bytes(range(i, min(i + 17, 256))), c)
print(c == binascii.crc32(bytes(range(256))))
print(binascii.crc32(b'abc', 0), binascii.crc32(b'abc', 1), binascii.crc32(b'abc', 0xffffffff))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**32 + 5), binascii.crc32(b'abc', -2**40))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'xabc')[1:]))
print(binascii.crc32(b'abc', True))
for args in [('abc',), (b'abc', 1.0), (b'abc', 'x'), (None,)]:
    try:
        binascii.crc32(*args)
    except TypeError:
        print('TypeError')

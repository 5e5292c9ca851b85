# binascii.hexlify / b2a_hex: plain, with a separator, grouped, any buffer
import binascii
import array

print(binascii.hexlify(b''))
print(binascii.hexlify(b'\x00\x01\x7f\x80\xfe\xff'))
print(binascii.hexlify(bytes(range(16))))
print(binascii.hexlify(bytearray(b'abc')))
print(binascii.hexlify(memoryview(b'hello world')[2:7]))
print(binascii.hexlify(array.array('B', [1, 2, 255])))
print(len(binascii.hexlify(array.array('i', [1, 2]))))
print(binascii.b2a_hex(b'xyz'))
print(type(binascii.hexlify(b'a')).__name__)

# separators (str or bytes of length 1)
print(binascii.hexlify(b'abc', '-'))
print(binascii.hexlify(b'abc', b':'))
print(binascii.hexlify(b'a', ':'))
print(binascii.hexlify(b'', ':'))
# groups counted from the right (positive) or the left (negative)
for n in [1, 2, 3, 4, 5, 6, 7]:
    data = bytes(range(0x61, 0x61 + n))
    print(n, binascii.hexlify(data, ':', 2), binascii.hexlify(data, ':', -2), binascii.hexlify(data, ' ', 3))
print(binascii.hexlify(b'abcd', '_', 0))
print(binascii.hexlify(b'abcd', '_', 10))
print(binascii.hexlify(data=b'ab', sep='|', bytes_per_sep=1))

# bad arguments
for args in [('ab',), (5,), (None,), (b'ab', '::'), (b'ab', ''), (b'ab', 5)]:
    try:
        print(binascii.hexlify(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

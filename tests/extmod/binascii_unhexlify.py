# binascii.unhexlify / a2b_hex: bytes, str, buffers; errors
import binascii

print(binascii.unhexlify(b''))
print(binascii.unhexlify(b'00017f80feff'))
print(binascii.unhexlify('48656c6c6f'))
print(binascii.unhexlify('ABCDEF'), binascii.unhexlify('abcdef'), binascii.unhexlify('aBcD'))
print(binascii.unhexlify(bytearray(b'4142')))
print(binascii.unhexlify(memoryview(b'xx4142')[2:]))
print(binascii.a2b_hex(b'7a7a'))
print(type(binascii.unhexlify('00')).__name__)
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)

for bad in ['abc', 'a', 'zz', '0g', 'g0', ' 00', '00 ', b'xy', b'0', '\u00e9\u00e9']:
    try:
        print(binascii.unhexlify(bad))
    except binascii.Error as e:
        print('binascii.Error', e)
    except ValueError as e:
        print('ValueError')
for bad in [5, None, [1, 2]]:
    try:
        binascii.unhexlify(bad)
    except TypeError:
        print('TypeError')

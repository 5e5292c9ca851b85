# binascii.crc_hqx: CRC-CCITT (XMODEM) with a running value
import binascii

print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'', 0x1234))
print(binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.crc_hqx(bytes(range(256)), 0))
c = binascii.crc_hqx(b'hello ', 0)
print(binascii.crc_hqx(b'world', c) == binascii.crc_hqx(b'hello world', 0))
print(binascii.crc_hqx(b'a', -1), binascii.crc_hqx(b'a', 2 ** 40 + 3), binascii.crc_hqx(bytearray(b'xy'), 7))
for args in [('abc', 0), (b'abc', 1.5), (b'abc',)]:
    try:
        binascii.crc_hqx(*args)
    except TypeError:
        print('TypeError')

# binascii.crc32 / crc_hqx: start values of any int size and sign (low bits
# taken), bools, and the TypeError for non-ints
import binascii
for v in [0, 1, -1, True, 2**32 + 5, -2**40, 2**100 + 7, 0xffffffff, 'x', 1.5]:
    for f in (lambda v: binascii.crc32(b'abc', v), lambda v: binascii.crc_hqx(b'abc', v)):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
print(binascii.crc32(b'hello'), binascii.crc_hqx(b'', 0))

# ubinascii: MicroPython's name for binascii (1.9.4 documented functions)
import ubinascii
print(ubinascii.hexlify(b'\x01\xab'), ubinascii.hexlify(b'\x01\xab', '-'))
print(ubinascii.unhexlify('01ab'))
print(ubinascii.b2a_base64(b'MicroPython'))
print(ubinascii.a2b_base64(b'TWljcm9QeXRob24=\n'))
print(ubinascii.crc32(b'MicroPython'))
try:
    ubinascii.unhexlify('0')
except ValueError as e:
    print('ValueError', type(e).__name__)

# binascii.b2a_base64 and a2b_base64 round trips
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\xff\xfe\xfd', bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b'hello', newline=False))
print(binascii.b2a_base64(b'hello', newline=True))
print(binascii.b2a_base64(b'', newline=False))
print(binascii.b2a_base64(bytearray(b'abc')), binascii.b2a_base64(memoryview(b'abcdef')[3:]))
print(type(binascii.b2a_base64(b'x')).__name__, type(binascii.a2b_base64(b'eA==')).__name__)
# str input is accepted for decoding
print(binascii.a2b_base64('Zm9vYmFy'), binascii.a2b_base64(bytearray(b'Zm9v')))
# every length from 0 to 70
ok = True
for n in range(71):
    d = bytes((i * 37 + n) & 255 for i in range(n))
    e = binascii.b2a_base64(d, newline=False)
    ok = ok and len(e) == (n + 2) // 3 * 4 and binascii.a2b_base64(e) == d
print(ok)
for bad in ['abc', 5, None]:
    try:
        binascii.b2a_base64(bad)
    except TypeError:
        print('TypeError')

# bytes/bytearray/memoryview .hex() with sep and bytes_per_sep, and fromhex parsing rules
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('_', -2), b.hex(b' ', 3), b.hex(':', -3), b.hex(sep='.', bytes_per_sep=4))
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':'), bytearray(b'\xab\xcd').hex('|'), memoryview(b'\x10\x20\x30').hex(':', 2))
for bad in (('',), ('ab',), (1,), ('é',), (':', 'x')):
    try:
        print(b.hex(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ('', '00', 'ff FF', ' 0a 0b ', '0a0b0c', 'a', '0g', '0 a', 'ab cd\tef\n01', 'é'):
    try:
        print(repr(bytes.fromhex(s)), repr(bytearray.fromhex(s)))
    except ValueError as e:
        print('ValueError', e)
try:
    bytes.fromhex(b'00')
except TypeError as e:
    print('TypeError', e)
class BB(bytes):
    pass
print(type(BB.fromhex('41')).__name__, BB.fromhex('41'))

# chr/ord boundaries and errors
print(chr(0) == '\x00', chr(65), chr(127), repr(chr(128)), chr(255), chr(0x20ac), chr(0x1f600), repr(chr(0xd800)), repr(chr(0x10ffff)))
print(ord('A'), ord('é'), ord('€'), ord('😀'), ord(b'a'), ord(bytearray(b'\xff')), ord('\x00'), ord('\U0010ffff'))
for bad in (-1, 0x110000, 2**70, -2**70):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, '1', None):
    try:
        chr(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in ('', 'ab', b'', b'ab', 5, ['a']):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
class I:
    def __index__(self): return 97
print(chr(I()), chr(True))

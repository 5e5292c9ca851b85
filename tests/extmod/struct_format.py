# struct: format strings: repeat counts, whitespace, alignment, calcsize
import struct

for fmt in ('', 'b', '@bi', '@ib', '@b0i', '=bi', '<bi', '>bi', '!bi', ' b  i ', 'b i', '3h', '0h',
            '@hP', '@he', '@bd', '@b0x', '@b3s2p', '@b3si', '=l', '@l', '@?', 'iiiii  ', '10s', '10p',
            '3x', '2c', 'i 2x h', '<qQ', '@bq', '@bQ0q', b'ii', '4s4s', '@cH', '@hi', '@hl'):
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack('3h', 1, 2, 3))
print(struct.unpack('2i 2h', struct.pack('2i 2h', 1, 2, 3, 4)))
print(struct.pack('@bi', 1, 2))
print(struct.pack('<bi', 1, 2))
print(struct.pack('@b3si', 1, b'ab', 2))
print(struct.pack('bx', 1), struct.pack('3x'), struct.pack('x2xb', 9))
print(struct.unpack('<bxxh', b'\x01\x00\x00\x02\x00'))
print(struct.pack(b'<h', 1))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ('z', '3', '3 ', '<3', '-3s', '<>i', 'i<', '<n', '<N', '>P', 'i\0', '99999999999999999999s',
            '9223372036854775807s', '9223372036854775807sb', '4611686018427387904h', '9999999999999999999q',
            '999999999999s'):
    t(lambda: struct.calcsize(fmt))
t(lambda: struct.calcsize(5))
t(lambda: struct.pack(5))

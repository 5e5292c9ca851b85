# struct: pack/unpack of every integer and float code, with each prefix
import struct

vals = {'b': -5, 'B': 200, 'h': -1000, 'H': 60000, 'i': -100000, 'I': 4000000000,
        'l': -7, 'L': 7, 'q': -2**62, 'Q': 2**63 + 5, 'f': 1.5, 'd': -2.25, 'e': 0.5, '?': True}
for pre in ('', '@', '=', '<', '>', '!'):
    for code, v in vals.items():
        p = struct.pack(pre + code, v)
        print(pre, code, p, struct.unpack(pre + code, p), struct.calcsize(pre + code))

for code in 'nNP':
    p = struct.pack(code, 12345)
    print(code, len(p), struct.unpack(code, p))
print(struct.pack('n', -1), struct.unpack('n', struct.pack('n', -3)))
print(struct.pack('>hhl', 1, 2, 3))
print(struct.unpack('>hhl', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack('<i', True), struct.pack('?', []), struct.pack('?', 'x'))
print(struct.unpack('??', b'\x00\x05'))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('>d', 1e300), struct.pack('<d', float('-inf')))
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0] != struct.unpack('<d', struct.pack('<d', float('nan')))[0])
print(struct.pack('@f', 1e300))

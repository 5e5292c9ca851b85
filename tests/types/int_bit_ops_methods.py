# bit_length, bit_count, and bitwise ops with negative and big operands
vals = [0, 1, -1, 2, -2, 7, -8, 255, -256, 2**50 - 1, 2**50, -2**50, 2**63, -2**63, 2**64 - 1, 2**100 + 12345, -(2**100) - 1]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), ~v)
for a in vals[::2]:
    for b in vals[1::3]:
        print(a & b, a | b, a ^ b)
for v in vals:
    for s in (0, 1, 3, 50, 64, 65, 200):
        print(v >> s, (v << s) >> s == v)
print(True.bit_length(), False.bit_count())
print((-1) >> 10**6, 1 >> 10**6, 0 << 10**6)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
try:
    (2**70) << -(2**70)
except ValueError as e:
    print('ValueError', e)
print(bin(-5 & 0xff), hex(~0 & (2**72 - 1)))

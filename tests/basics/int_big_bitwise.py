# bitwise ops and shifts on big ints, including negatives
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~-a)
n = -(2 ** 100)
print(n & 0xffff, n | 1, n ^ -1, n & b)
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(a >> 50, a << 50, n >> 3, n >> 200, (-a) >> 1)
print(1 << 200, (1 << 200) >> 199)
print(-1 << 100)
print(hex(a), oct(a), bin(b)[:12])
print(hex(-a), bin(-(2 ** 70)))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
x = (1 << 128) - 1
print(x & (x >> 64), x ^ (x >> 1))
print((2**64) & (2**64 - 1), (2**64) | 0)

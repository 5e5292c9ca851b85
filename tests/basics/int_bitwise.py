# bitwise operators and shifts on small ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-1 & 0xff, -256 & 0xff, -1 ^ 0)
print(1 << 0, 1 << 10, 1 << 40, 1 << 64)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 10, -7 >> 1)
print(5 << 62, (1 << 100) >> 98)
try:
    1 << -1
except ValueError:
    print("ValueError neg shift")
try:
    1 >> -1
except ValueError:
    print("ValueError neg shift")
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(0xdeadbeef & 0xffff, hex(0xdeadbeef >> 16))
x = 0
for i in range(8):
    x |= 1 << i
print(x, bin(x))
print((6).bit_length(), (-6).bit_length())
print(bin(-10), oct(-10), hex(-10))

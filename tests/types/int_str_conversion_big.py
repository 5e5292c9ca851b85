# decimal/hex/oct/bin conversion of big ints both ways, round trips, speed
import sys
for e in (1, 10, 100, 1000, 3000):
    n = 7 ** e
    s = str(n)
    print(len(s), s[:20], s[-20:], int(s) == n, int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n)[2:], 2) == n)
    print(repr(-n)[:10], str(-n) == '-' + s)
n = 10 ** 4000 - 1
print(len(str(n)), str(n).count('9'), int('9' * 4000) == n)
n = 2 ** 14000
s = str(n)
print(len(s), s[:15], s[-15:], int(s) == n)
print(str(10**18), str(10**19 - 1), str(-(2**63)), str(2**64))
print(f'{2**100:x}', f'{-(2**100):o}', f'{2**100:b}'.count('1'))
print(hex(2**64), oct(-(2**64)), bin(2**64 + 1))

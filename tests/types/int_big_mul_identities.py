# big multiplication/squaring/division checked with algebraic identities (exercises fast paths)
import sys
a = 3 ** 5000 + 12345
b = 7 ** 3000 - 98765
c = 11 ** 1000
print((a * b) % 1000000007, (a + b) * (a - b) == a * a - b * b, (a * b) // b == a, (a * b) % b)
print((a * a).bit_length(), (a ** 2) == a * a, (a * (b + c)) == a * b + a * c)
q, r = divmod(a * b + c, b)
print(q == a + c // b, r == c % b, 0 <= r < b)
x = (1 << 20000) - 1
print(x * x == (1 << 40000) - (1 << 20001) + 1, (x * x).bit_count(), x.bit_count())
f = 1
for i in range(1, 1001):
    f *= i
print(len(str(f)), str(f)[:20], sum(int(d) for d in str(f)), f % (10**9 + 7))
print(f // (f // 997) , pow(f, 3, 10**20 + 39), (-f) // 7 % 1000, (-f) % 1009)
n = int('9' * 2000)
print((n + 1) == 10**2000, (n * n) % 10**10, str(n * n)[:10])

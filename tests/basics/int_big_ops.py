# big int arithmetic
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a * a * a)
print((a * b) // b == a)
c = 2 ** 128
print(c - 1, c // 3, c % 1000)
print(abs(-c), -c, +c)
print(c == 2 ** 128, c != c + 1, c > c - 1)
print(a // 7, a % 7)
print(10 ** 40 // 10 ** 20, 10 ** 40 % (10 ** 20 + 1))
print((2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(int(float(2 ** 60)), float(2 ** 70))
print(pow(a, 2, b))
print(hash(c) == hash(2 ** 128))
print(max(a, b), min(-a, -b))
print(b / a)
print(sum([10 ** 20] * 5))

# arithmetic around machine-word / small-int boundaries (30, 31, 32, 62, 63, 64 bits)
bounds = [2 ** 29, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64]
for b in bounds:
    for v in (b - 1, b, -b, -b - 1):
        print(v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 7, -v, abs(v), v << 1, v >> 1)
x = 2 ** 30 - 1
print(x * x, x * (x + 2), (x + 1) * (x + 1))
y = 2 ** 62 - 1
print(y + y, y * y, -y - y - 2)
print((2 ** 31 - 1) * (2 ** 31 - 1), (-2 ** 31) * (-2 ** 31))
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1)
print(abs(-(2 ** 63)), -(-(2 ** 62)))
c = 1
for i in range(70):
    c *= 2
    if i in (29, 30, 31, 61, 62, 63, 64, 69):
        print(i, c, c - 1, -c)
n = 0x3fffffff
n += 1
print(n, type(n).__name__, n == 2 ** 30)
print(2 ** 62 // 2 ** 31, (2 ** 62 + 5) % 2 ** 31)
print(1 << 30, 1 << 31, 1 << 62, 1 << 63, -1 << 63)
print(int("1073741824"), int("-1073741825"), int("4611686018427387904"))

# expressions a compiler may fold at compile time must still give the right result
print(1 + 2 * 3 - 4 // 2 % 3)
print(2 ** 10 - 1, 2 ** 64 - 1, 2 ** -1, (-2) ** 3, -2 ** 3)
print(1 << 40, 1 << 64, 1 << 100, 0xff >> 4, -1 >> 100)
print(~0, ~~5, -(-(-1)), +-+1)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2)
print(0x7fffffff + 1, 0x3fffffff * 4, -0x40000000 - 1)
print(10 ** 18 * 10, 123456789 * 987654321)
print(1 / 2, 3.0 * 2, 10 / 4, 2 ** 0.5 * 2 ** 0.5 > 1.99)
print("ab" * 3, 3 * "c", "x" + "y" + "z", [0] * 3, (1,) * 2)
print(not 0, not 1, 1 and 2, 0 or 3)
print(1 < 2, 2 == 2.0, "a" < "b")
print((1, 2) + (3,), [1] + [2])
print(True + True, False * 5)
X = 100
print(X * 2 + X // 3)
print(1 if True else 2, 3 if False else 4)
print(~-(2 ** 100), -(2 ** 100) >> 90)
print(0 * 10 ** 100, 10 ** 100 // 10 ** 99)
try:
    print(1 // 0)
except ZeroDivisionError:
    print("ZeroDivisionError at runtime")
try:
    print(1 << -1)
except ValueError:
    print("ValueError at runtime")
print(len("abc"), len((1, 2)))
print(-0.0, 0.0 * -1, 1e3 * 1e3)

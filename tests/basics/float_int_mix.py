# mixing ints and floats
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 7.0 / 2)
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__)
print(2 ** 3.0, 2.0 ** 3, 9 ** 0.5, (-8) ** 2.0)
print(10 // 3.0, 10 % 3.0, -10 // 3.0)
print(True + 1.5, False * 2.0)
print(10 ** 20 + 0.0, float(10 ** 20) == 10 ** 20)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, hash(1) == hash(1.0), hash(0) == hash(0.0))
print({1: 'a', 1.0: 'b'})
print(int(7.0) == 7, round(7.0) == 7)
print(sum([1, 2.5, 3]), max([1, 2.0]), min(3, 2.5))
print(abs(-3), abs(-3.0), divmod(7, 2.0))
print(5 / 2 * 2, 5 // 2 * 2)
n = 0
for i in range(10):
    n += 0.5
print(n, n == 5)
print(3 * 0.1 == 0.30000000000000004)

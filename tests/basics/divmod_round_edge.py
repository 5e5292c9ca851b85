# round and divmod edge cases
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1.25, 1), round(1.35, 1), round(2.5, 0), round(-2.5, 0))
print(round(12345, -1), round(12355, -1), round(15, -1), round(25, -1), round(-15, -1))
print(round(1e20), round(123.456, 1), round(123.456, -2))
print(round(7), round(7, 2), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(divmod(7.5, 2.5), divmod(-7, 2.5), divmod(0, 5), divmod(5, 7))
print(divmod(2 ** 70, 3 ** 20), divmod(-(2 ** 70), 3 ** 20))
print(divmod(True, 2), divmod(10, True))
for n in (0.4999999999999999, 0.5000000000000001):
    print(round(n))
print(round(2 ** 70, -20))

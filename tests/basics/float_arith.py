# float arithmetic
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 0.5)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5 == 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3) > 1.99)
print(abs(-2.5), -(-2.5), +2.5)
print(round(3.14159, 2), round(2.675, 2), round(-1.5), round(0.5), round(1.5))
print(round(123.456, -1), round(5.5), type(round(5.5)).__name__, type(round(5.5, 1)).__name__)
print(int(2.9), int(-2.9), int(1e10), int(-0.5))
print(float(3) == 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(1 / 4, 3 / 4, 1 / 8, 10 / 4)
print(1e10 + 1, 1e16 + 1 == 1e16)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1.5 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
inf = float('inf')
print(inf + 1, inf - inf != inf - inf, inf * 0 != inf * 0, -inf)
print(1.5.is_integer(), 2.0.is_integer())
print("%.6f" % (22 / 7), "%.3e" % 12345.6789, "%g" % 0.0001, "%g" % 1e-5)
print((2.5).as_integer_ratio() if hasattr(2.5, 'as_integer_ratio') else (5, 2))
print(max(1.5, 2.5), min(-0.5, 0.5), sum([0.5, 0.25, 0.25]))

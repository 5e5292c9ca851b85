# repr/str of common floats
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e100, 1e-7, 1e-5, 0.0001,
        123456789.0, 1234567890123456789.0, -0.0, 0.0, 1.0, -1.5, 100.0,
        1e16, 1e15, 9999999999999998.0, 1e22, 1e-300, 5e-324, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 3.14, 2.5, 1e300 * 10,
        0.5, 0.25, 0.125, 1.1, 2.675, 1e5, 1.5e-10]
for v in vals:
    print(repr(v), str(v))
print(float("1.5"), float("-2"), float(" 3e2 "), float("inf"), float("-Infinity"), float("nan"))
print(float(10), float(-7), float(2 ** 60))
print(1e308 * 10, -1e308 * 10)
print([0.1, -0.0, 1e20])
print((1.5, 2.0))

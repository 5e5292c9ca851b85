# repr/str of floats: shortest round-trip digits, exponent thresholds, signed zero
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 9007199254740993.0, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 4.35, 0.3, 2.675, 100.0, 1e100, 1.23456789e-300, 3.141592653589793,
        float('inf'), float('-inf'), float('nan'), 12345678901234567.0, 0.000001, 1234567.125]
for v in vals:
    print(repr(v), str(v), repr(-v))
for e in range(-8, 20):
    print(10.0 ** e, 1.5 * 10.0 ** e)
x = 0.1
for i in range(10):
    x = x * 3.7 - 0.01
    print(repr(x), float(repr(x)) == x)
print([1.0, 2.5], (0.5,), {1.25: -0.0})

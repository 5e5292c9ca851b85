# is_integer, as_integer_ratio, conjugate, real/imag, int conversion of huge floats
for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**52 + 0.5, 1e16, -1e22]:
    print(v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for v in (float('inf'), float('-inf'), float('nan')):
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [1e20, -1e20, 1.7976931348623157e308, 2.0**63, -(2.0**63), 2.0**64, 123456789.99, -0.999, 1e16 + 2]:
    print(int(v), int(v) == v, v.__trunc__(), v.__floor__(), v.__ceil__())
print(int(1e308) % 1000007, len(str(int(1e308))))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.5), round(-0.5), round(1.5), round(2.5))
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0)

# round(float, n) is exact like CPython (decimal value of the double), ties to even
cases = [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (0.5, 0),
         (1.15, 1), (1.25, 1), (1.35, 1), (-1.25, 1), (1234.5678, -1), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
         (5e-324, 300), (5e-324, 330), (1e300, -299), (1e300, -301), (123.456, 400), (123.456, -400), (0.1, 17),
         (0.1, 16), (0.1, 20), (1e22, -22), (5e22, -23), (15.0, -1), (25.0, -1), (-0.0, 2), (0.0, -3), (7.0, 5)]
for x, n in cases:
    r = round(x, n)
    print(repr(r), type(r).__name__)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e16 + 1, 2.0**60, 0.49999999999999994, 4503599627370497.0]:
    print(round(x), type(round(x)).__name__)
for v in [float('inf'), float('nan')]:
    print(round(v, 2), round(v, -2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(1.5, None), round(2.5, ndigits=None))
try:
    round(1.5, 1.5)
except TypeError:
    print('TypeError')
print(round(1e308, -308))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print('OverflowError', e)
try:
    print(round(1.7e308, -309 + 1))
except OverflowError as e:
    print('OverflowError', e)

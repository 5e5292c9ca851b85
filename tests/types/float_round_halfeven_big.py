# round() of floats: half-even at .5 for many magnitudes, results near float precision limits
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 1e15 + 0.5, 2**52 + 0.5, 2.0**53, 1e300, -1e300, 4503599627370496.5):
    print(repr(x), round(x), repr(round(x, 0)), repr(round(x, 1)), repr(round(x, -1)))
for n in range(-3, 8):
    print(n, repr(round(1234.56789, n)), repr(round(-0.000123456, n + 3)), repr(round(0.5 + 10**-n if n > 0 else 0.5, n)))
vals = [0.05 * i for i in range(20)]
print([round(v, 1) for v in vals])
print([round(v, 2) for v in [1.115, 1.125, 1.135, 1.145, 2.345, 2.355, 0.285, 0.295]])

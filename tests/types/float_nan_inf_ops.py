# nan/inf propagation through arithmetic, math-free checks, conversions and formatting
inf, nan = float('inf'), float('nan')
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a ** b, lambda a, b: a % b, lambda a, b: a // b]
for a in (inf, -inf, nan, 1.0, -0.0):
    for b in (inf, -inf, nan, 2.0, -3.0):
        row = []
        for op in ops:
            try:
                row.append(repr(op(a, b)))
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(row))
print(str(inf), repr(-inf), str(nan), -nan, abs(-inf), abs(nan), inf == float('Infinity'), float('-nan') != float('-nan'))
print(int(-0.0), round(-0.4), round(-0.5), round(0.5), repr(round(-0.0, 1)), repr(-0.0 + 0.0), repr(-0.0 * 5), repr(0.0 * -1))

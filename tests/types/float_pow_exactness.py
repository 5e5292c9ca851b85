# float ** int and int ** negative int produce correctly rounded results; small exponents exact
for b in (2.0, 10.0, 0.5, -3.0, 1.1, 7.0):
    print([repr(b ** e) for e in (-5, -2, -1, 0, 1, 2, 3, 10, 22, 23)])
print(10 ** -1, 10 ** -5, 2 ** -1074, 2 ** -1075, (-2) ** -3, 3 ** -2 == 1 / 9, 10.0 ** 308, repr(10.0 ** -323))
print(repr(1.1 ** 2), repr(1.1 * 1.1), repr(0.1 ** 3), repr(9.0 ** 0.5), repr(2.0 ** 0.5), repr(4 ** 0.5), repr(8 ** (1 / 3)))
for f in (lambda: 10.0 ** 309, lambda: (-10.0) ** 309, lambda: 2.0 ** 1024, lambda: 10 ** -400, lambda: 0.0 ** -0.5):
    try:
        print(repr(f()))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

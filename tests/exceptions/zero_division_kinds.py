# every way to divide by zero
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (10 ** 30) // 0, lambda: (10 ** 30) % 0,
    lambda: (1 + 1j) / 0, lambda: 5 / False, lambda: pow(0, -2),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error?!")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, isinstance(e, ArithmeticError))
x = 0
try:
    x /= 0
except ZeroDivisionError:
    print("augmented", x)

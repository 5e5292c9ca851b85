# complex powers (int exponents exact path, float/complex exponents), special values and errors
def t(f):
    try:
        r = f()
        print(complex(round(r.real, 10), round(r.imag, 10)) if isinstance(r, complex) else r)
    except Exception as e:
        print(type(e).__name__, e)
for base in (1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j, complex(0, 0)):
    for e in (0, 1, 2, 3, 5, -1, -2, 0.5, 1j, 2 + 0j, 10):
        t(lambda: base ** e)
t(lambda: 0j ** -2)
t(lambda: 0j ** 1j)
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: 2 ** 1j)
t(lambda: (-8) ** (1 / 3 + 0j))
print((1 + 2j) ** 2 == (1 + 2j) * (1 + 2j), 1j ** 4, (1j) ** 0 == 1)

# complex: construction, arithmetic, attributes and reprs (read-only checks of the complex type)
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(1e300, 1e-300), complex(0.0, -0.0), complex(-0.0, 0.0), complex("inf")]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v == v else "nan", bool(v), v == v, hash(v) == hash(complex(v.real, v.imag)))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5 if False else "", -a, +a, a == 3 + 4j, a != b, a + 1, 2 * a, a / 2, 1 / a)
print(complex(2), complex(2.5), complex(1, 2), complex("3+4j"), complex(" -2j "), complex("1e3-1e-3j"), complex(real=1), complex(imag=2), complex(1j, 1j))
for bad in [lambda: complex("1+"), lambda: complex("1 + 2j"), lambda: complex("j"), lambda: complex("", 1) if False else complex(""), lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: int(a), lambda: 1j / 0, lambda: complex("1", 2)]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
print(1j * 1j, (1 + 1j) ** 2, abs(-3 - 4j), (1j).imag, type(1j.real).__name__, 1 + 0j == 1, hash(1 + 0j) == hash(1))

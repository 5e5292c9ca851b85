# complex numbers
a = 1 + 2j
b = complex(3, -4)
print(a, b, a + b, a - b, a * b, b / (1 + 0j))
print(a.real, a.imag, b.conjugate(), abs(b))
print(complex(2), complex(0, 1), complex("1+2j"), 2j ** 2)
print(a == complex(1, 2), a != b, 1j * 1j == -1)
print(-a, +a, a * 2, 2 * a, a / 2)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(complex(0, 0)), repr(-0j))
print((3 + 4j) / (1 - 2j))
print(type(a).__name__, isinstance(a, complex))
print(abs(3 + 4j), (1 + 1j) ** 2)
try:
    a < b
except TypeError:
    print("TypeError compare")
try:
    int(a)
except TypeError:
    print("TypeError int")
print(complex(1.5, -2.5), 1.5 + 0.5j)
print(hash(1 + 0j) == hash(1))

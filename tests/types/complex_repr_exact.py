# repr/str of complex numbers exactly like CPython, incl. signed zeros, inf and nan
inf, nan = float('inf'), float('nan')
vals = [1 + 2j, 1 - 2j, -1 - 2j, 2j, -2j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1, 0), complex(-1, -0.0), complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(nan, -nan),
        complex(1e16, 1e-5), complex(0.1, 0.2), complex(1.5, 2**53), 3.5j, complex(1e300, -1e-300), complex(2, 1e16)]
for v in vals:
    print(repr(v), str(v), format(v), f'{v}')
print([1j, -1j], (0j,), {'a': 1 + 1j})
print(complex(), complex(5), complex(-2.5), complex(1, 2), complex(real=1, imag=2), complex(imag=3))

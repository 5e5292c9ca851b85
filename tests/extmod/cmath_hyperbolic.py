# sinh, cosh, tanh and their inverses
import cmath
def fmt(r):
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    return repr(r)
def t(f, *a):
    try:
        print(f.__name__, a, fmt(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
zs = [0j, 0.5, -0.5, 2, -2, 1j, -1j, 1 + 1j, -2 + 0.5j, 0.3 - 4j, 1e-8 + 1e-8j, 710 + 1j, -710 + 1j, 800, 720 + 0j, 1 + 800j,
      complex(2, -0.0), complex(-2, 0.0), complex(0.5, -0.0), complex(-0.0, -2), 1e200 + 1e200j, 1e160 + 1j, 1, complex(1, 0.0), complex(-1, -0.0), 1 + 1e-200j]
for z in zs:
    t(cmath.sinh, z); t(cmath.cosh, z); t(cmath.tanh, z)
    t(cmath.asinh, z); t(cmath.acosh, z); t(cmath.atanh, z)
for z in [0.3 + 0.4j, -1.5 + 2j, 2 - 0.1j]:
    print(cmath.isclose(cmath.sinh(cmath.asinh(z)), z), cmath.isclose(cmath.cosh(cmath.acosh(z)), z), cmath.isclose(cmath.tanh(cmath.atanh(z)), z))

# sin, cos, tan and their inverses
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
zs = [0j, 0.5, -0.5, 2, -2, 1j, -1j, 1 + 1j, -2 + 0.5j, 0.3 - 4j, 1e-8 + 1e-8j, 100 + 1j, 1 + 100j, 800j, -800j,
      complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0), complex(0.0, 2), complex(-0.0, -2), 1e200 + 1e200j, 1e300, 1]
for z in zs:
    t(cmath.sin, z); t(cmath.cos, z); t(cmath.tan, z)
    t(cmath.asin, z); t(cmath.acos, z); t(cmath.atan, z)
t(cmath.atan, 1j); t(cmath.atan, -1j); t(cmath.atan, complex(0.0, 1.0)); t(cmath.atan, complex(-0.0, -1.0))
for z in [0.3 + 0.4j, -1.5 + 2j, 2 - 0.1j]:
    print(cmath.isclose(cmath.sin(cmath.asin(z)), z), cmath.isclose(cmath.cos(cmath.acos(z)), z), cmath.isclose(cmath.tan(cmath.atan(z)), z))

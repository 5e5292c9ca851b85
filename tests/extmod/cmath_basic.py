# sqrt, exp, log, log10, phase, polar, rect on ordinary inputs
import cmath
def fmt(r):
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    if isinstance(r, tuple):
        return '(' + ', '.join(fmt(x) for x in r) + ')'
    return repr(r)
def t(f, *a):
    try:
        print(f.__name__, a, fmt(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
zs = [0j, 1, -1, 1j, -1j, 2, -4, 0.5, 3 + 4j, -3 + 4j, -3 - 4j, 3 - 4j, 1e-5 + 1e5j, 0.7 + 0.7j, 1 + 1e-10j,
      complex(-1, 0.0), complex(-1, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), 1e300 + 1e300j, 1e-310 + 1e-310j, True, 2.5]
for z in zs:
    t(cmath.sqrt, z); t(cmath.exp, z); t(cmath.log, z); t(cmath.log10, z); t(cmath.phase, z); t(cmath.polar, z)
t(cmath.log, 8, 2); t(cmath.log, -8, 2); t(cmath.log, 1j, 1j); t(cmath.log, 2, 1); t(cmath.log, 0, 2); t(cmath.log, 3 + 4j, 1 + 1j)
t(cmath.exp, 710); t(cmath.exp, 709.5 + 1j); t(cmath.exp, 1000j); t(cmath.exp, -1000)
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (3, -cmath.pi / 4), (0, 1), (-2, 0.5), (1, -0.0), (2.5, 1e-300)]:
    t(cmath.rect, r, phi)
t(cmath.rect, 1j, 1); t(cmath.polar, 1e308 + 1e308j); t(cmath.phase, -1)
for z in [1 + 2j, -3.5 + 0.25j, 1e-3 - 7j]:
    r, p = cmath.polar(z)
    print(cmath.isclose(cmath.rect(r, p), z), cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.isclose(cmath.sqrt(z) ** 2, z))

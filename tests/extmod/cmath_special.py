# infinities, nans and signed zeros: C99 Annex G special values and errors
import cmath, math
inf = math.inf
nan = math.nan
def fmt(r):
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    return repr(r)
vals = [0.0, -0.0, 2.0, -2.0, inf, -inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for n in names:
    f = getattr(cmath, n)
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(fmt(f(complex(a, b))))
            except ValueError:
                out.append('VE')
            except OverflowError:
                out.append('OE')
    print(n, ' '.join(out))
out = []
for a in vals:
    for b in vals:
        try:
            out.append(fmt(cmath.rect(a, b)))
        except ValueError:
            out.append('VE')
    out.append(fmt(cmath.polar(complex(a, b))))
    out.append(fmt(cmath.phase(complex(b, a))))
print('rect/polar/phase', ' '.join(out))
for z in [complex(inf, 0), complex(nan, 1), complex(1, inf), complex(0, 0)]:
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

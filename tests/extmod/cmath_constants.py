# cmath constants
import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.infj.real, cmath.infj.imag, cmath.nanj.real)
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isinf(cmath.inf), cmath.isnan(cmath.nan))
print(cmath.infj * 1j, -cmath.infj)

# math constants and their types
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(repr(math.pi), repr(math.e), repr(math.tau))
print(math.isnan(math.nan), math.isinf(math.inf), math.nan != math.nan)
print(type(math.pi).__name__, type(math.inf).__name__, type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.pi == 3.141592653589793)
print(math.inf > 1e308, -math.inf < -1e308)

# infinities, nan, negative zero
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf)
print(nan == nan, nan != nan, nan is nan)
print(inf + inf, inf - 1, inf * -1, 1 / inf, -1 / inf)
print(repr(-0.0), -0.0 == 0.0, str(0.0 * -1))
print(abs(-0.0), -(0.0))
print(nan > 0, nan < 0, nan == 0, max(1.0, 2.0))
print(float('Inf'), float('-INF'), float('NaN'), float('infinity'))
print(int(1e15), int(-1e15))
try:
    int(inf)
except OverflowError:
    print("OverflowError")
try:
    int(nan)
except ValueError:
    print("ValueError")
l = [nan]
print(len(l))
print(5 % inf, 5.0 // inf)
print(round(-0.4), round(0.4))

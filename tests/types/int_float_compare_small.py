# big ints compared with floats of magnitude below 1 (negative binary exponent) and with subnormals
for a in (2**51, 2**63, 10**30, -(2**63), -(10**30), 2**1000, -(2**1000)):
    for f in (3.7e-5, 0.5, 0.49, 1.5, -0.5, -1e-300, 1e-300, 5e-324, -5e-324, 0.0, -0.0, 0.999):
        print(a < f, a > f, f < a, f > a, a == f, a <= f, a >= f, max(a, f) == a, min(f, a) == f)
print(sorted([2**70, 0.25, -(2**70), -0.75, 2**70 + 0.5, 1e-10]))

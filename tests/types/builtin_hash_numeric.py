# hash() of numbers follows CPython's modular scheme exactly
for v in (0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64, -2**61, -2**61 + 1, 10**30, -10**30, 2**200 + 5):
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 and float(v) == v else '-')
for f in (0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 3.141592653589793, float('inf'), -float('inf'), 2.0**61, 2.0**70, -2.5e-5):
    print(f, hash(f))
print(hash(1 + 2j), hash(-1j), hash(complex(0.5, -0.5)), hash(1j) == hash(complex(0, 1)))
print(hash(True), hash(False), hash(1) == hash(True))
class I(int):
    pass
print(hash(I(5)), hash(I(-1)), hash(I(2**70)) == hash(2**70))
class F(float):
    pass
print(hash(F(2.5)) == hash(2.5))
d = {0.1: 'a', 2**61 - 1: 'b'}
print(d[0.1], d.get(0), d.get(2**61 - 1))

# hash of ints (modulus 2**61-1) matches CPython, and int/float/bool hashes agree
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64, -(2**64), 10**30, -(10**30), 2**200 + 7]
for v in vals:
    print(v % 1000, hash(v))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(-0.5), hash(1.5))
print(hash(2.0**70) == hash(2**70), hash(-(2.0**70)) == hash(-(2**70)))
print(hash(float('inf')), hash(float('-inf')), hash(0.0), hash(-0.0))
print(hash(1e-300), hash(123.456), hash(-2.5e-10), hash(1e300))

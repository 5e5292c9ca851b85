# every arithmetic operator around the small-int/big-int boundaries (2**50, 2**62, 2**63, 2**64)
edges = []
for e in (50, 51, 62, 63, 64):
    for d in (-1, 0, 1):
        edges.append(2**e + d)
        edges.append(-(2**e) + d)
small = [0, 1, -1, 2, -3, 7, 1000003]
def row(a, b):
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b]
    if b:
        r += [a // b, a % b] + list(divmod(a, b))
    return r
h = 0
for a in edges:
    for b in edges + small:
        for v in row(a, b):
            h = (h * 31 + hash(v)) % (2**61 - 1)
    print(a, -a, abs(a), ~a, a >> 1, a << 1, a * a, a // 3, a % 7, hash(a), h)
print(2**50 - 1 + 1, -(2**50) - 1 + 1, (2**50) * (2**50) // (2**50), (-(2**63)) // -1, (2**63 - 1) * -1 - 1)
print(type(2**62).__name__, 2**62 - 2**62, (2**64) // (2**64 - 1), (2**64) % (2**64 - 1), -(2**64) % 3)

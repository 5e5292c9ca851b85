# equal numbers are the same key: 1, 1.0, True; big ints; -0.0
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
d = {True: 'x'}
d[1] = 'y'
print(d)
d = {2**70: 'big', float(2**70): 'fbig', 2**70 + 1: 'big1'}
print(d, len(d))
d = {0: 'zero'}
d[-0.0] = 'negzero'
d[False] = 'false'
print(d)
d = {0.5: 'half', 1 / 2: 'again'}
print(d)
k = {2**62: 1, 2**63: 2, -2**63: 3, 2**64: 4, 2**61 - 1: 5, 2**61: 6}
print(sorted(k.items()))
print(k[2**61], k[float(2**62)], k.get(2.0**64), (2**64) in k, 2**65 in k)
s = {1, 1.0, True, 2, 2.0, 2**80, float(2**80)}
print(sorted(s), len(s))
print({1j: 'c', 1: 'i'}, {complex(1, 0): 'c'}.get(1), {1.5: 'a'}.get(3 / 2))
d = {i: i for i in range(-5, 5)}
for i in range(-5, 5):
    assert d[float(i)] == i
print(sum(d), d[-0.0])

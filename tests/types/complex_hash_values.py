# hash(complex) equals CPython's value; equal numbers of different types hash equal
for v in [0j, 1 + 0j, 1j, -1j, 1 + 1j, 2.5 - 3.5j, complex(1e300, -1e300), complex(-0.0, 0.0), 1e-300j, complex(7, 0.5)]:
    print(repr(v), hash(v))
print(hash(complex(5, 0)) == hash(5) == hash(5.0), hash(complex(0.5, 0)) == hash(0.5))
print({1: 'int', 1.0: 'float', 1 + 0j: 'complex'}, len({2, 2.0, 2 + 0j}))
print(hash(complex(float('inf'), 0)), hash(complex(0, float('-inf'))))
print(hash(complex(float('nan'), 0)) == hash(complex(float('nan'), 0)) or True)

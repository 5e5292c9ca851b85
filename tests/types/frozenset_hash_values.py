# frozenset hash values (CPython's algorithm for int elements; the low 51
# bits are compared since small ints may limit the width of hash values)
M = 2**51 - 1
for f in (frozenset(), frozenset([0]), frozenset([1]), frozenset([1, 2]), frozenset([-1]),
          frozenset(range(10)), frozenset([2**70]), frozenset([1.5]), frozenset([True, 2])):
    print(sorted(f), hash(f) & M)
print(hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
try:
    hash({1})
except TypeError as e:
    print('TypeError', e)

# ranges with bounds beyond 64 bits
big = 2**100
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[1], r[-1], big + 3 in r, big + 4 in r, r.index(big + 9), r.count(big))
r = range(-big, big, big // 2)
print(list(r), len(r))
r = range(big)
print(len(range(0, big, 2**90)), r[-1] == big - 1, (big - 1) in r, big in r, -1 in r)
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)
print(r[10**20], r[-10**20] == big - 10**20)
print(r[big // 2:][:3], r[::big // 4])
print(range(big, 0, -big // 3), list(range(big, 0, -big // 3)))
print(list(range(2**62, 2**62 + 3)), list(range(-2**63, -2**63 + 2)))
print(len(range(2**62, -2**62, -2**61)))
it = iter(range(2**63 - 2, 2**63 + 2))
print(list(it))

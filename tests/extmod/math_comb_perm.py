# comb and perm
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for n in range(0, 12):
    print([math.comb(n, k) for k in range(0, n + 2)])
    print([math.perm(n, k) for k in range(0, n + 2)])
t(math.perm, 5); t(math.perm, 5, None); t(math.comb, 100, 50); t(math.perm, 100, 30)
t(math.comb, 10**20, 3); t(math.perm, 10**20, 2); t(math.comb, 10**20, 10**20 - 2); t(math.comb, 2**64 + 5, 2**64 + 4)
t(math.comb, -1, 2); t(math.comb, 5, -1); t(math.perm, -5, 2); t(math.perm, 5, -2)
t(math.comb, 5.0, 2); t(math.comb, 5, 2.0); t(math.perm, 5, '2')
t(math.comb, True, True); t(math.comb, 10**30, 10**29)
c = math.comb(2000, 1000)
print(c % (10**20 + 39), c.bit_length())
print(math.perm(1000, 500) % 10**30)
print(sum(math.comb(30, k) for k in range(31)) == 2**30)

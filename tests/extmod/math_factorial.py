# factorial: exact big ints, fast for large n
import math
def t(*a):
    try:
        print(a, repr(math.factorial(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
for n in list(range(0, 30)) + [50, 100, 171]:
    t(n)
t(True); t(False); t(-1); t(2.0); t(10**30); t('5')
class I:
    def __index__(self):
        return 6
print('I', math.factorial(I()))
p = 1
ok = True
for n in range(1, 400):
    p *= n
    if math.factorial(n) != p:
        ok = False
print(ok)
f = math.factorial(20000)
print(f.bit_length(), f % (10**30 + 7), f % 2**64)
print(math.factorial(3000) // math.factorial(2999))

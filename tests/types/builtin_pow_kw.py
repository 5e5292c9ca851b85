# pow(base, exp, mod=None) with keywords, negative exponents, modular inverse
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 'skip', pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(base=3, exp=4, mod=5), pow(3, exp=4), pow(base=2, exp=5), pow(2, 5, mod=None))
print(pow(3, -1, 7), pow(-3, 2, 7), pow(3, 2, -7), pow(2**100, 2**100, 10**9 + 7), pow(5, 0, 1), pow(5, 0, -1))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('2', 3), (2, '3'), (0, -1), (0.0, -1)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    pow(2, 3, z=5)
except TypeError:
    print('TypeError kw')
try:
    pow(2)
except TypeError:
    print('TypeError arity')
print(pow(-2, 3), pow(-2, 2), pow(2, 0.5) == 2 ** 0.5, pow(True, 2), pow(4, 0.5), pow(-1, 0.5) == (-1) ** 0.5)
print(pow(10, -2), pow(-2, -3), pow(2, 62), pow(-2, 63))
class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)
    def __rpow__(self, b):
        return ('rpow', b)
print(pow(P(), 2), pow(P(), 2, 3), pow(5, P()))

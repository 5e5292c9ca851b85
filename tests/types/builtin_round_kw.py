# round(number, ndigits=None) with ints, floats, keywords, negative digits
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(0.125, 2))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-15, -1), round(5, 0), round(7, 3), round(2**70 + 5, -1))
print(round(1.5, None), round(number=2.5), round(number=2.567, ndigits=1), type(round(1.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(True), round(False, 2), type(round(True)).__name__)
for bad in ((float('inf'),), (float('nan'),), ('1',), (1.5, 1.5), (1, '2')):
    try:
        print(round(*bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 1), round(1e300, -300), round(1e-300, 300))
print(round(0.1 + 0.2, 10), round(-0.0), round(-0.4), round(1e16 + 0.5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
try:
    round()
except TypeError:
    print('TypeError arity')

# as_integer_ratio, conjugate, real/imag/numerator/denominator, is_integer-like methods
for n in (0, 1, -7, 2**80, -(2**80), True, False):
    print(n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__)
print(type((5).as_integer_ratio()[0]).__name__)
class MyInt(int):
    pass
m = MyInt(9)
print(type(m.real).__name__, type(m.numerator).__name__, m.as_integer_ratio(), type(m.conjugate()).__name__)
for attr in ('real', 'imag'):
    try:
        setattr(5, attr, 1)
    except AttributeError:
        print('AttributeError', attr)
print((3).__abs__(), (-3).__neg__(), (3).__pos__(), (3).__invert__(), (3).__bool__(), (0).__bool__())
print((3).__add__(4), (3).__radd__(4), (3).__sub__(4), (3).__rsub__(4), (3).__mul__(2.0))
print((7).__floordiv__(2), (7).__mod__(2), (7).__truediv__(2), (7).__pow__(2), (7).__pow__(3))
print((7).__lt__(8), (7).__eq__(7), (7).__ne__('7'), (7).__hash__() == hash(7))
print(int.__trunc__(7), int.__floor__(-7), int.__ceil__(7), (7).__float__(), (7).__int__())

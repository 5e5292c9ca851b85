# float() of objects, subclasses, __float__/__index__, float methods and dunders
class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
class F(float):
    def __repr__(self):
        return 'F!'
print(float(A()), float(B()), float(F(1.5)), type(float(F(1.5))).__name__, F(2) + 1, type(F(2) + 1).__name__)
for x in (C(), object(), '1.5x', [], None):
    try:
        print(float(x))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print((2.5).__abs__(), (2.5).__neg__(), (2.5).__pos__(), (2.5).__bool__(), (0.0).__bool__())
print((2.5).__int__(), (2.5).__float__(), (7.5).__mod__(2), (7.5).__rmod__(2), (7.5).__divmod__(2))
print((2.0).__pow__(3), (2.0).__rpow__(3), (1.0).__add__(1), (1.0).__radd__(1), (1.0).__truediv__(4))
print((1.5).__round__(), (1.25).__round__(1), (1.0).__eq__(1), (-3.5).__floor__(), (-3.5).__ceil__())
print(float.__new__(float, '2.5'), float.__new__(F, 3).__class__.__name__)
print(float(' -0 '), float('  +1.5e3  '), F('2.5') == 2.5, repr(F(1)), str(F(1)))
print(isinstance(F(1), float), issubclass(F, float), float.__name__)

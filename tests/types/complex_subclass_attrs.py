# complex subclasses, attribute access and read-only attributes, conversions, bool
class C(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2
c = C(3, 4)
print(c, repr(c), c.norm2(), type(c + 1).__name__, type(-c).__name__, type(c.conjugate()).__name__, abs(c), c == 3 + 4j, hash(c) == hash(3 + 4j))
print(C('1+1j'), C(), C(2), C(imag=5), isinstance(c, complex), bool(C()), bool(c))
for attr in ('real', 'imag'):
    try:
        setattr(1j, attr, 2)
    except AttributeError:
        print('AttributeError', attr)
print((2j).real, (2j).imag, type((2j).real).__name__, (5).imag, (2.5).imag, complex(True, False), complex('1e1j'))
print(complex(1, 2) == complex(1.0, 2.0), 1j != 1, (1+0j) in [1], [1] == [1+0j], {1+0j: 'a'}.get(1))
print(complex.__name__, (1+2j).__class__ is complex, type(complex(C(1, 2))).__name__, complex(C(1, 2)))

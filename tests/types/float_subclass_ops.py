# float subclasses: arithmetic result types, repr override, methods, comparisons, format
class F(float):
    def half(self):
        return self / 2
class G(float):
    def __repr__(self):
        return 'G<%s>' % float.__repr__(self)
f = F(3.5)
for r in (f + 1, f * 2, -f, abs(f), f // 2, f % 2, f ** 2, round(f), round(f, 1), f.half(), f.real, f.conjugate()):
    print(r, type(r).__name__)
print(repr(G(1.5)), [G(2.0)], f'{G(2.5)}', '%s %r' % (G(1), G(1)), format(G(1.25), '.1f'))
print(F('1.5'), F(2), F(), F(' -inf '), isinstance(f, float), f == 3.5, hash(f) == hash(3.5), f.is_integer(), f.hex())
print(F.fromhex('0x1p3'), type(F.fromhex('0x1p3')).__name__, (3.5).__class__.__name__, f.__class__.__name__)
print(sorted([F(2.5), 1, F(0.5)]), max(F(1), 2), int(F(7.9)), float(F(1.25)), type(float(F(1.25))).__name__)

# int subclasses and bools in arithmetic: result types, repr, methods, overriding operators
class MyInt(int):
    pass
class Loud(int):
    def __add__(self, o):
        return 'Loud+' + str(o)
    def __repr__(self):
        return 'Loud(%d)' % int(self)
a = MyInt(7)
for r in (a + 1, a * 2, -a, abs(a), a // 2, a % 4, a ** 2, a << 1, a & 3, ~a, +a, a.real, a.numerator):
    print(r, type(r).__name__)
print(repr(a), str(a), hash(a) == hash(7), a == 7, a.bit_length(), int(a), type(int(a)).__name__, f'{a:x}', '%d' % a)
l = Loud(5)
print(l + 1, 1 + l, repr(l), l * 2, [l])
print(True + True, True * 10, True / 2, -True, ~True, True << 3, True & 3, type(True + True).__name__, type(True & True).__name__)
print(True | False, type(True | False).__name__, True ^ True, type(True ^ True).__name__, ~False)
print(MyInt('ff', 16), MyInt(2.9), MyInt(' 12 '), MyInt(), isinstance(MyInt(1), int))
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(21), Big(2**70), type(Big(1)).__name__)
print(sorted([MyInt(3), 1, True, 2.5]), max(MyInt(2), 1), sum([MyInt(1), MyInt(2)]), divmod(MyInt(7), 2))

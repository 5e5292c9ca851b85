# subclassing int
class I(int):
    pass
x = I(5)
print(x, int(x), x + 1, type(x + 1).__name__, isinstance(x, int), type(x).__name__)
print(I(5) == 5, hash(I(5)) == hash(5), {I(5): "a"}[5])
class Money(int):
    def __repr__(self):
        return "$%d" % int(self)
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(10) + Money(5)
print(repr(m), m, type(m).__name__, m * 2)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8), Even(-3))
class Flag(int):
    names = {1: "A", 2: "B", 4: "C"}
    def describe(self):
        return "|".join(n for b, n in sorted(self.names.items()) if self & b)
print(Flag(5).describe(), Flag(6).describe(), Flag(7) + 1)
class A(int):
    __add__ = lambda self, o: A(int(self) + o)
a = A(42)
print(a + a, type(a + a).__name__)
print(I("12"), I("ff", 16), sorted([I(3), 1, I(2)]))
print(range(I(3))[-1], "ab" * I(2), [0, 1, 2][I(1)])

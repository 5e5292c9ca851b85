# binary arithmetic special methods
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __lshift__(self, o): return N(self.v << o.v)
    def __rshift__(self, o): return N(self.v >> o.v)
    def __and__(self, o): return N(self.v & o.v)
    def __or__(self, o): return N(self.v | o.v)
    def __xor__(self, o): return N(self.v ^ o.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __matmul__(self, o): return N(self.v * 1000 + o.v)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> N(2), a & b, a | b, a ^ b, divmod(a, b))
print(a @ b)
print(N(2) + N(3) * N(4))
class Str:
    def __init__(self, s):
        self.s = s
    def __mul__(self, n):
        return Str(self.s * n)
    def __add__(self, o):
        if isinstance(o, str):
            return Str(self.s + o)
        return NotImplemented
print((Str("ab") * 3).s, (Str("x") + "y").s)
try:
    Str("x") + 5
except TypeError:
    print("TypeError")
try:
    N(1) - 5
except AttributeError:
    print("AttributeError inside __sub__")

# unary operators and numeric conversion methods
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(+self.v * 10)
    def __abs__(self): return U(abs(self.v))
    def __invert__(self): return U(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __repr__(self): return "U(%r)" % (self.v,)
u = U(5)
print(-u, +u, abs(U(-3)), ~u, -(-u))
print(int(u), float(u), complex(u))
print(hex(u), bin(u), oct(u), [10, 20, 30, 40, 50, 60][u], "abcdefg"[U(1):U(4)])
print(list(range(U(3))), "x" * U(3))
class Fl:
    def __float__(self):
        return 2.5
print(float(Fl()))
try:
    int(Fl())
except TypeError:
    print("TypeError int")
class Rnd:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(Rnd()), round(Rnd(), 2))
try:
    -object()
except TypeError:
    print("TypeError neg")

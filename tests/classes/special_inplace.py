# in-place operator methods and fallback to binary ones
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
a = Acc(10)
orig = a
a += 5; print(a.v)
a -= 3; print(a.v)
a *= 4; print(a.v)
a //= 5; print(a.v)
a %= 7; print(a.v)
a **= 3; print(a.v)
a <<= 2; print(a.v)
a >>= 1; print(a.v)
a &= 0xff; print(a.v)
a |= 0x100; print(a.v)
a ^= 0x101; print(a.v)
a /= 4; print(a.v)
print(a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
before = b
b += 10
print(b.v, b is before, before.v)
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError:
    print("TypeError", t)

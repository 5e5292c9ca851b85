# a Vector class with full operator overloading
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, -v, abs(Vec(3, 4)))
print(v == Vec(1, 2, 3), v != w, len(v), v[1], list(v), bool(Vec(0, 0)), bool(v))
print({v: "v"}[Vec(1, 2, 3)], sum([v, w], Vec(0, 0, 0)))
acc = Vec(0, 0)
for p in [Vec(1, 1), Vec(2, 3)]:
    acc += p
print(acc, acc.c)
print(sorted([Vec(3), Vec(1), Vec(2)], key=abs))

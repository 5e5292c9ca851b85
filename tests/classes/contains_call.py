# __contains__ and __call__
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, "a" in e, 3 not in e)
class Ret:
    def __contains__(self, x):
        return 5
print(1 in Ret())
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + sum(rest)) * self.k * scale
m = Multiplier(3)
print(m(1), m(1, 2, 3), m(2, scale=10), m.calls)
print(list(map(m, [1, 2, 3])))
print(callable(m), callable(Evens()))
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("usr")("local")("bin"))

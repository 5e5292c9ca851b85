# calling various callable objects
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1), callable(add5), list(map(add5, [1, 2])))
class Factory:
    pass
print(type(Factory()).__name__, callable(Factory))
print(int("7"), str.upper("x"), dict.fromkeys(["k"]))
def gen():
    yield 1
print(callable(gen), callable(gen()))
bm = [3, 1, 2].index
print(bm(2))
print((lambda: "called")(), (Adder(1))(1))
class WithStatic:
    @staticmethod
    def s(x):
        return x * 3
print(WithStatic.s(2), WithStatic().s(3))
try:
    Adder(1)(1, 2)
except TypeError:
    print("TypeError")

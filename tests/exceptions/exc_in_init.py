# exceptions raised in __init__ and other special methods
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
try:
    s = Strict(-1)
except ValueError as e:
    print("ValueError", e)
print(Strict(3).v)
made = []
class Partial:
    def __init__(self):
        made.append(self)
        self.a = 1
        raise RuntimeError("half built")
try:
    Partial()
except RuntimeError as e:
    print(e, len(made), made[0].a)
class BadLen:
    def __len__(self):
        raise TypeError("custom len failure")
try:
    len(BadLen())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        raise KeyError("iter failed")
try:
    for x in BadIter():
        pass
except KeyError as e:
    print("KeyError", e.args)
class BadEq:
    def __eq__(self, o):
        raise ArithmeticError("eq failed")
try:
    BadEq() in [1, 2]
except ArithmeticError as e:
    print("ArithmeticError", e)
class BadStr:
    def __str__(self):
        raise IndexError("str failed")
try:
    print(BadStr())
except IndexError as e:
    print("IndexError", e)
class Sub(Strict):
    def __init__(self):
        super().__init__(-5)
try:
    Sub()
except ValueError as e:
    print("from super().__init__:", e)

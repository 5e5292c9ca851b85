# cooperative multiple inheritance: super() follows the MRO
calls = []
class A:
    def __init__(self):
        calls.append("A")
        super().__init__()
class B(A):
    def __init__(self):
        calls.append("B")
        super().__init__()
class C(A):
    def __init__(self):
        calls.append("C")
        super().__init__()
class D(B, C):
    def __init__(self):
        calls.append("D")
        super().__init__()
D()
print(calls)
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello())
print(Left().hello())
class Mixin:
    def save(self):
        return "Mixin.save>" + super().save()
class Model:
    def save(self):
        return "Model.save"
class Thing(Mixin, Model):
    pass
print(Thing().save())

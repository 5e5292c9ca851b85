# private name mangling of __names inside classes
class A:
    def __init__(self):
        self.__secret = "A secret"
        self._single = "single"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "private method"
    def call_private(self):
        return self.__private()
a = A()
print(a.reveal(), a.call_private(), a._single)
print(hasattr(a, "__secret"), hasattr(a, "_A__secret"), a._A__secret)
print(a._A__private())
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), sorted(k for k in b.__dict__ if "secret" in k))
class C:
    __cls = "class private"
    __dunder__ = "not mangled"
    def get(self):
        return C.__cls, self.__dunder__
print(C().get(), hasattr(C, "_C__cls"), hasattr(C, "__dunder__"))
try:
    a.__secret
except AttributeError:
    print("AttributeError")

# classes nested in classes and functions
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    class Config:
        debug = False
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().hello(), Outer().make_inner().hello(), Outer.Config.debug)
print(Outer.Inner.__name__)
def factory(base_value):
    class Made:
        value = base_value
        def double(self):
            return self.value * 2
    return Made
M1, M2 = factory(3), factory("ab")
print(M1().double(), M2().double(), M1 is not M2)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2), N(3, [N(4)])])
print(Tree().root.total())
class A:
    x = 10
    class B:
        try:
            y = x
        except NameError:
            y = "class scope not visible"
print(A.B.y)

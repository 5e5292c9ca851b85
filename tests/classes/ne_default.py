# default __ne__ inverts __eq__; default __eq__ is identity
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
    __hash__ = object.__hash__
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1, E(1) != 1)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
print([E(1), E(2)].index(E(2)), E(3) in [E(1), E(3)], [E(1)].count(E(1)))

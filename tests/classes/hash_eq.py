# __hash__ and __eq__ for use in dicts and sets
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError:
    print("TypeError unhashable (eq without hash)")
print(EqOnly.__hash__ is None)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x], x == Default())
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
c = {Collide(i): i for i in range(20)}
print(len(c), c[Collide(13)])
class Sub(Key):
    pass
print(Sub(1, 2) in d)
class HashNone:
    __hash__ = None
try:
    {HashNone()}
except TypeError:
    print("TypeError set")

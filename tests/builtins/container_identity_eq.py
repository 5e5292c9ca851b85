# membership/count/index/remove/== use identity before __eq__; NaN; custom __eq__
nan = float("nan")
class Never:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = Never()
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan] if nan in {nan: 1} else "absent", nan in {nan})
print(n in [n], [n].count(n), [n].index(n), n in (n,), n in {n}, {n: 1}[n], [n] == [n], n == n)
l = [n, 1]; l.remove(n); print(l)
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
a = Always()
print(a in [1, 2], [1, 2].count(a), [3, 4].index(a), a in (5,), [a] == [0], (0,) == (a,), 5 in [a])
calls = []
class Track:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        calls.append(self.v)
        return isinstance(o, Track) and self.v == o.v
    __hash__ = None
items = [Track(1), Track(2), Track(3)]
print(Track(2) in items, calls)
calls.clear()
print(items.index(Track(3)), calls)
class Weird:
    def __eq__(self, o):
        return "truthy"
print(Weird() in [1], [Weird()] == [1], [1] == [Weird()], (Weird(),) == (2,))
class Boom:
    def __eq__(self, o):
        raise ValueError("boom")
try:
    Boom() in [1]
except ValueError as e:
    print("ValueError", e)
b = Boom()
print(b in [b], [b] == [b])
try:
    [Boom()] == [Boom()]
except ValueError as e:
    print("ValueError", e)
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2]] < [1, [3]], {1: [1, 2]} == {1: [1, 2]}, {(1, 2): {3}} == {(1, 2): {3}})

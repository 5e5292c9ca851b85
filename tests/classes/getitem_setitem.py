# __getitem__, __setitem__, __delitem__ with ints and slices
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k if not isinstance(k, slice) else (k.start, k.stop, k.step), v)
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(range(10))
print(s[0], s[-1], s[2:5], s[::3], s[::-1][0])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
print(s)
del s[0]
del s[::2]
print(s, len(s))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get((x, y), ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[1, 2] = "#"
g[0, 0] = "@"
print("".join(g[x, y] for y in range(3) for x in range(3)))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 16 in Squares(), 15 in Squares())
for v in Squares():
    print(v, end=" ")
print()
class KeyErr:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    KeyErr()["x"]
except KeyError as e:
    print("KeyError", e.args)

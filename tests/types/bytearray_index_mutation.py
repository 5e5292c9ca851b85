X = bytearray(100)
class Ix:
    def __index__(self):
        X.clear()
        return 3
for op in ["X[Ix():]", "X[Ix()]", "X.__setitem__(Ix(), 1)", "X.__delitem__(slice(Ix(), None, 2))", "X[:Ix()]"]:
    X[:] = bytearray(range(100))
    try:
        r = eval(op)
        print(op, "->", r, len(X))
    except IndexError as e:
        print(op, "IndexError", e, len(X))
X[:] = bytearray(10)
class V:
    def __index__(self):
        X.clear(); return 7
try:
    X[5] = V()
except IndexError as e:
    print("IndexError", e)
print(len(X))

# truthiness via __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(7)))
if L(0):
    print("never")
else:
    print("empty by len")
print("yes" if B(True) else "no")
print(not L(2), L(0) or "fallback", (B(False) and "x") == "x")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError __bool__ returned int")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError negative len")
while L(0):
    pass
print([x for x in [L(0), L(1), L(2)] if x].__len__())

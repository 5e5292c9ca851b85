# the class body is executed once, top to bottom, at definition time
print("before class")
class C:
    print("in class body")
    x = 1
    y = x + 1
    items = [x, y]
    for i in range(3):
        items.append(i)
    del i
    if y > 1:
        flag = "big"
    else:
        flag = "small"
    def method(self):
        return self.y
    alias = method
    print("end of class body", x, y)
print("after class")
print(C.x, C.y, C.items, C.flag, C().alias(), hasattr(C, "i"))
def make(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
A, B = make(1), make(2)
print(A().get(), B().get(), A is B, A.__name__)
class Counter:
    n = 0
    n += 5
    names = [s.upper() for s in ("a", "b")]
print(Counter.n, Counter.names)

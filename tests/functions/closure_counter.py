# closures capturing and updating state
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a = make_acc()
a(1); a(2)
print(a(3))
def make_pair():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = make_pair()
print(get()); set_(42); print(get())
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])
def mult(n):
    return lambda x: x * n
double, triple = mult(2), mult(3)
print(double(5), triple(5), mult(10)(mult(2)(3)))

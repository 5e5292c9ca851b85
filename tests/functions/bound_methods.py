# bound and unbound methods as function objects
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(Counter.inc(c, 10), c.n)
ops = [c.inc, c.inc]
print([op() for op in ops])
c2 = Counter()
print(c.inc == c.inc, c.inc == c2.inc)
l = []
app = l.append
for i in range(3):
    app(i)
print(l)
up = "hello".upper
print(up())
fns = list(map(Counter().inc, [1, 2, 3]))
print(fns)
def method_maker(self):
    return "made for " + type(self).__name__
Counter.made = method_maker
print(c.made())

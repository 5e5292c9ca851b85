# generators capturing variables from enclosing scopes
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen
double = make_gen(2)
print(list(double(4)), list(make_gen(5)(3)))
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            inc()
            yield count
    return gen
print(list(counter_gen()()))
x = "global"
def reads_global():
    yield x
g = reads_global()
x = "changed before first next"
print(next(g))
def gen_defaults(items=[]):
    items.append(len(items))
    yield from items
print(list(gen_defaults()), list(gen_defaults()))
class K:
    base = 10
    def gen(self):
        for i in range(2):
            yield self.base + i
k = K()
it = k.gen()
print(next(it))
k.base = 100
print(next(it))

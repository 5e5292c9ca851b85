# user attributes on function objects
def f():
    return f.counter
f.counter = 1
print(f())
f.counter += 1
print(f(), hasattr(f, "counter"), hasattr(f, "nope"))
f.label = "lbl"
print(f.label, getattr(f, "label"))
del f.label
print(hasattr(f, "label"))
def memo(fn):
    def w(n):
        if n not in w.cache:
            w.cache[n] = fn(n)
        return w.cache[n]
    w.cache = {}
    return w
@memo
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), sorted(slow_sq.cache.items()))
g = lambda: 0
g.tag = "lambda attr"
print(g.tag)
print(f.__name__, g.__name__)
setattr(f, "dyn", 5)
print(f.dyn)

# next() with a default value
it = iter([1, 2])
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, None))
print(next(iter([]), 42), next(iter(""), "empty"))
def g():
    yield "only"
gen = g()
print(next(gen, "x"), next(gen, "x"))
print(next((x for x in range(10) if x > 5), -1), next((x for x in range(3) if x > 5), -1))
d = {"a": 1}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
try:
    next([1, 2])
except TypeError:
    print("TypeError: list is not an iterator")
try:
    next(iter([]))
except StopIteration:
    print("StopIteration without default")
class It:
    def __next__(self):
        raise StopIteration
print(next(It(), "default for custom iterator"))

# iter(callable, sentinel) and next(iterator, default) in detail
import sys
data = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(data), None)), list(data))
lines = iter(["a\n", "b\n", "", "c\n"])
print(list(iter(lines.__next__, "")))
count = [0]
def tick():
    count[0] += 1
    if count[0] > 10:
        raise ValueError("too many")
    return count[0]
it = iter(tick, 3)
print(type(it).__name__, next(it), next(it), next(it, "sentinel hit"), next(it, "stays exhausted"), count)
def raises_stop():
    raise StopIteration
print(list(iter(raises_stop, 1)))
class Eq:
    def __eq__(self, o):
        return o == 2
print(list(iter(iter([1, 2, 3]).__next__, Eq())))
for bad in [lambda: iter(5, 1), lambda: iter(len), lambda: iter(), lambda: next(5), lambda: next(iter([]))]:
    try:
        print(bad())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__)
g = (x for x in range(2))
print(next(g), next(g), next(g, None), next(g, "d"))
d = {"a": 1}
di = iter(d)
print(next(di), next(di, "end"))
print(next(iter(""), "empty"), next(iter(b"A")), next(iter({5})), next(reversed([7, 8])), next(enumerate("q")), next(zip("ab", "cd")))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("done")
        return self.i
i = It()
print(next(i), next(i), next(i, "dflt"), list(It()))

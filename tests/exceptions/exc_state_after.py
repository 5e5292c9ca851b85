# program state after exceptions: variables, partial work
results = []
def work(items):
    done = 0
    for it in items:
        if it is None:
            raise ValueError("None item")
        results.append(it)
        done += 1
    return done
try:
    work([1, 2, None, 4])
except ValueError:
    pass
print(results)
x = 1
try:
    x = 2
    raise RuntimeError
    x = 3
except RuntimeError:
    pass
print(x)
lst = [1, 2, 3]
try:
    lst.append(4)
    lst[10] = 5
except IndexError:
    pass
print(lst)
d = {}
try:
    d["a"] = 1
    d["b"] = 1 / 0
except ZeroDivisionError:
    pass
print(d)
a = b = 0
try:
    a, b = 1, [][0]
except IndexError:
    pass
print(a, b)

# iter(callable, sentinel), next(it, default), exhausted iterators
vals = iter([1, 2, 3, 0, 4])
it = iter(lambda: next(vals), 0)
print(type(it).__name__, list(it), list(it), next(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError', e)
try:
    iter([1], 0)
except TypeError as e:
    print('TypeError', e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
it = iter([1])
print(next(it, 'd'), next(it, 'd'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
try:
    next(5, 1)
except TypeError as e:
    print('TypeError', e)
try:
    iter()
except TypeError:
    print('TypeError iter arity')
try:
    iter(1)
except TypeError as e:
    print('TypeError', e)
it = iter('ab')
print(iter(it) is it, list(it), next(it, '-'))
class Old:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(iter(Old())), 2 in Old(), list(Old()))
class Stop:
    def __getitem__(self, i):
        if i > 1: raise StopIteration
        return i
print(list(Stop()))
g = iter(lambda: 'x', 'x')
print(next(g, 'empty'))

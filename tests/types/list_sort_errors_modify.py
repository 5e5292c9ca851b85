# list.sort when the key raises or the list is modified during the sort
l = [3, 1, 2]
def bad(x):
    if x == 1:
        raise KeyError('boom')
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print('KeyError', e)
print(sorted(l))
l = [3, 1, 2, 5, 4]
def mod(x):
    l.append(x)
    return x
try:
    l.sort(key=mod)
except ValueError as e:
    print('ValueError', e)
l = [3, 1, 2]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        lst.append(1)
        return self.v < o.v
lst = [C(3), C(1), C(2)]
try:
    lst.sort()
except ValueError as e:
    print('ValueError', e)
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise RuntimeError('cmp')
        return self.v < o.v
ds = [D(2), D(0), D(1)]
try:
    ds.sort()
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(d.v for d in ds))
try:
    sorted([1, 2], key=5)
except TypeError:
    print('TypeError')
print(sorted([], key=5))

# del of names, items, slices and attributes
a = 1
del a
try:
    a
except NameError:
    print("a deleted")
b, c = 1, 2
del b, c
print('b' in globals(), 'c' in globals())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(sorted(d))
try:
    del d['nope']
except KeyError:
    print("KeyError")
class O: pass
o = O()
o.v = 1
o.w = 2
del o.v
print(hasattr(o, 'v'), o.w)
try:
    del o.v
except AttributeError:
    print("AttributeError")
def f():
    x = 5
    del x
    try:
        return x
    except NameError as e:
        return type(e).__name__
print(f())
m = [[1, 2, 3], [4, 5, 6]]
del m[1][1], m[0]
print(m)
(p, q) = 3, 4
del (p, q)
print('p' in globals())

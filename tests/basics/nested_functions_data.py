# misc: functions returning multiple values, tuple packing
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(17, 5))
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
def swap(pair):
    a, b = pair
    return b, a
print(swap((1, "x")))
pairs = [(1, 2), (3, 4)]
print([swap(p) for p in pairs])
print(dict(swap(p) for p in pairs))
def nothing():
    return
print(nothing(), nothing() is None)
def many():
    return 1, [2, 3], {"k": 4}
x, (y, z), w = many()[0], many()[1], many()[2]
print(x, y, z, w)

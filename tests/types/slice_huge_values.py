# slices with huge bounds and steps on lists, tuples, strings and ranges
l = list(range(10))
t = tuple(l)
s = 'abcdefghij'
r = range(10)
big = 2**100
for sl in (slice(-big, big), slice(big, -big, -1), slice(None, None, big), slice(None, None, -big), slice(3, big, 3), slice(-big, 5, -1)):
    print(sl, l[sl], t[sl], s[sl], list(r[sl]), sl.indices(10))
l2 = list(range(5))
l2[-big:big] = ['x']
print(l2)
l3 = list(range(5))
l3[big:] = [9]
print(l3)
l4 = list(range(10))
del l4[::big]
print(l4)
l5 = list(range(10))
del l5[-big::3]
print(l5)
l6 = list(range(5))
l6[::-big] = ['z']
print(l6)

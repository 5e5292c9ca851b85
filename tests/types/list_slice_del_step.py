# del with slices of any step
for s in (1, 2, 3, -1, -2, -3, 7):
    for a, b in ((None, None), (1, 8), (8, 1), (-2, 2), (2, -2), (-100, 100)):
        l = list(range(10))
        del l[a:b:s]
        print(s, a, b, l)
l = []
del l[:]
print(l)
l = list(range(5))
del l[::-1]
print(l)
try:
    del list(range(3))[::0]
except ValueError as e:
    print('ValueError', e)
l = list(range(5))
del l[-1], l[0]
print(l)
try:
    del l[10]
except IndexError as e:
    print('IndexError', e)
l = list(range(100000))
del l[::2]
print(len(l), l[:5], l[-1])

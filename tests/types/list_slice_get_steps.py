# list slicing with every sign of step and out-of-range bounds
l = list(range(10))
for s in (None, 1, 2, 3, -1, -2, -3, 100, -100):
    print(s, l[::s], l[2::s], l[:7:s], l[-3:1:s], l[1:-3:s])
print(l[5:2], l[-100:100], l[100:], l[:-100], l[2**70:], l[-2**70:2**70:3])
print(l[True:], l[False:True])
try:
    l[::0]
except ValueError as e:
    print('ValueError', e)
try:
    l['a':]
except TypeError:
    print('TypeError')
class I:
    def __index__(self):
        return 3
print(l[I():], l[:I()], l[::I()])
print([][::-1], [][1:2], [1][::-1])
m = l[:]
print(m == l, m is l)
print(l[slice(1, 8, 2)], l[slice(None)])

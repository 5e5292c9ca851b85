# range slicing, indexing, reversed
r = range(0, 20, 3)
print(r[::2], r[1:4], r[::-1], r[-2:], r[5:1:-2], r[100:], r[:-100], r[::3])
print(range(10, 0, -3)[::-1], range(10)[::-2], range(5)[2:2], range(0)[::-1])
print(r[0], r[-1], r[3])
for i in (7, -8, 2**70):
    try:
        r[i]
    except IndexError as e:
        print('IndexError', e)
try:
    r['a']
except TypeError as e:
    print('TypeError', e)
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, -10, -7))))
rv = reversed(range(3))
print(type(rv).__name__, next(rv), list(rv))
print(list(reversed(range(2**70, 2**70 + 3))))
print(range(2**100)[2**99], range(-2**100, 0)[-1], range(0, 2**100, 2**98)[1:3])
try:
    r[::0]
except ValueError as e:
    print('ValueError', e)
class I:
    def __index__(self): return 2
print(r[I()], r[I():], range(I()), range(I(), 10, I()))

# tuple slicing, concatenation, repetition, containment
t = tuple(range(10))
print(t[::2], t[::-1], t[-3:], t[7:2:-2], t[100:], t[-2**70:2**70], t[::-100])
print(t[2], t[-1])
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
try:
    t['x']
except TypeError as e:
    print('TypeError', e)
print((1,) + (2,), () + (), (1, 2) * 2, 2 * (0,), (1,) * -1, (1,) * 0)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)
try:
    t[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
x *= 2
print(x)
print(3 in t, 11 in t, 'a' in (), (1,) in ((1,), 2))
print(t[:] is t, t[0:10] is t)
print(len(()), len(t), bool(()), bool((0,)))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple({1: 2}), tuple(range(3)))
try:
    tuple(1)
except TypeError as e:
    print('TypeError', e)
print(tuple(x for x in 'xyz'))

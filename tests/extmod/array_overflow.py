# array: integer range checks raise OverflowError like CPython
from array import array

def t(tc, v):
    try:
        a = array(tc, [v])
        print(tc, v, 'ok', a[0])
    except OverflowError as e:
        print(tc, v, 'OverflowError', e)

for tc in 'bBhHiIlLqQ':
    bits = array(tc).itemsize * 8
    if tc in 'BHILQ':
        lo, hi = 0, 2 ** bits - 1
    else:
        lo, hi = -2 ** (bits - 1), 2 ** (bits - 1) - 1
    for v in (lo, hi, lo - 1, hi + 1, 2 ** 64, -2 ** 64, 2 ** 100):
        t(tc, v)

a = array('b', [0])
try:
    a[0] = 200
except OverflowError as e:
    print('setitem', e)
try:
    a.append(-129)
except OverflowError as e:
    print('append', e)
print(a)
# float arrays accept ints and big ints
print(array('d', [2 ** 70]))
print(array('f', [1e300]))

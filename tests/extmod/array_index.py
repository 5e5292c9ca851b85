# array: index errors, __index__ objects, bool indices
from array import array

a = array('i', [10, 20, 30])

class I:
    def __index__(self):
        return 1

print(a[I()], a[True], a[-3])
a[I()] = 21
print(a)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[2 ** 100])

def setit(i, v):
    a[i] = v

def delit(i):
    del a[i]

t(lambda: setit(3, 1))
t(lambda: setit(-4, 1))
t(lambda: setit(0, 'x'))
t(lambda: setit(0, 2 ** 40))
t(lambda: delit(3))
t(lambda: delit(-1))
print(a)
print(array('i', [1, 2, 3]).index(2), array('d', [0.5]).index(0.5))

# array: many appends (amortised growth), large arrays, repetition
from array import array

a = array('i')
for i in range(100000):
    a.append(i)
print(len(a), a[0], a[-1], sum(a))
b = array('d')
for i in range(20000):
    b.append(i / 2)
print(len(b), b[-1])
c = array('B', [1, 2]) * 50000
print(len(c), c[99999], c.count(2))
d = array('h')
d.extend(range(30000))
d.extend(d)
print(len(d), d[59999])
while len(d) > 10:
    d.pop()
print(d)
e = array('q', range(1000))
del e[::2]
print(len(e), e[:5])
f = array('b')
f.frombytes(bytes(range(100)) * 100)
print(len(f), f[-1])

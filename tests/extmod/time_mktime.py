# time.mktime is the inverse of time.localtime; fields are normalised
import time

for t in [0, 86400, 951782400, 1234567890, 1700000000, 2**31, 4102444800]:
    lt = time.localtime(t)
    print(t, int(time.mktime(tuple(lt)[:8] + (-1,))) == t)
for y in [1971, 1999, 2000, 2023, 2024, 2038, 2100]:
    for m in [1, 2, 3, 6, 12]:
        tup = (y, m, 28, 12, 30, 15, 0, 0, -1)
        s = int(time.mktime(tup))
        print(y, m, time.localtime(s)[:6] == tup[:6])
base = int(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, -1)))
print(int(time.mktime((2000, 13, 1, 0, 0, 0, 0, 0, -1))) == int(time.mktime((2001, 1, 1, 0, 0, 0, 0, 0, -1))))
print(int(time.mktime((2000, 3, 0, 0, 0, 0, 0, 0, -1))) == int(time.mktime((2000, 2, 29, 0, 0, 0, 0, 0, -1))))
print(int(time.mktime((2000, 1, 1, 25, 61, 61, 0, 0, -1))) - base)
print(int(time.mktime((2000, 1, 1, 0, 0, -1, 0, 0, -1))) - base)
print(int(time.mktime((2000, 1, 32, 0, 0, 0, 0, 0, -1))) - base)
print(int(time.mktime((2000, 0, 1, 0, 0, 0, 0, 0, -1))) == int(time.mktime((1999, 12, 1, 0, 0, 0, 0, 0, -1))))
t = int(time.time())
print(abs(int(time.mktime(time.localtime(t))) - t) <= 1)
print(time.localtime(t)[:8] == time.localtime(float(t))[:8])
for bad in [(1, 2), 5, None, (2000, 1, 1, 0, 0, 'x', 0, 0, 0)]:
    try:
        time.mktime(bad)
    except TypeError:
        print('TypeError')

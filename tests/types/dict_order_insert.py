# insertion order survives deletes, re-inserts and growth
d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 3):
    del d[str(i)]
d['0'] = 'again'
d['5'] = 'updated'
print(list(d), list(d.values())[:5])
big = {}
for i in range(10000):
    big[i * 7919 % 10007] = i
keys = list(big)
print(keys[:5], keys[-5:], len(big))
for i in range(0, 10000, 2):
    del big[i * 7919 % 10007]
print(list(big)[:5], len(big))
d = dict.fromkeys('hello world')
print(''.join(d))
d = {'x': 1}
d['x'] = 2
d['y'] = 3
del d['x']
d['x'] = 4
print(d)
print({k: v for k, v in zip('cab', range(3))})
print(dict([('b', 1), ('a', 2), ('b', 3)]))

# RuntimeError when a dict changes size during iteration
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
for name in ('keys', 'values', 'items'):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, name)():
            d.pop(2, None)
            d[5] = 5
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.clear()
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2}
for k in list(d):
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)

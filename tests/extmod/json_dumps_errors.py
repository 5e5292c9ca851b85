# values that cannot be encoded, circular and very deep structures
import json

class C:
    pass

for v in [b'bytes', bytearray(b'x'), C(), {1, 2}, [1, C()], {'k': {'k2': b''}}, 1j, range(3)]:
    try:
        json.dumps(v)
        print('no error')
    except TypeError as e:
        print('TypeError', e)

a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {'x': 1}
d['self'] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
# the same object twice (not a cycle) is fine
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))
# deep nesting raises instead of crashing
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError list')
deep = {}
for i in range(100000):
    deep = {'a': deep}
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError dict')
ok = []
for i in range(200):
    ok = [ok]
print(len(json.dumps(ok)))
try:
    json.dumps()
except TypeError:
    print('TypeError no args')
try:
    json.dumps(1, bogus=1)
except TypeError:
    print('TypeError bad kw')

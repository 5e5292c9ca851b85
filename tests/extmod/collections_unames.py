# the MicroPython names of the modules are the same modules
import ucollections, collections
import ujson, json
import uheapq, heapq
print(ucollections.deque is collections.deque, ucollections.namedtuple is collections.namedtuple)
print(ucollections.OrderedDict is collections.OrderedDict)
print(ujson.dumps is json.dumps, ujson.loads('[1]'), uheapq.heappop is heapq.heappop)
T = ucollections.namedtuple('T', ('id', 'name'))
t = T(1, 'foo')
print(t.name, t.name == t[1])
d = ucollections.OrderedDict([('z', 1), ('a', 2)])
d['w'] = 5
d['b'] = 3
for k, v in d.items():
    print(k, v)
try:
    ujson.loads('{')
except ValueError:
    print('ValueError')
h = [3, 1, 2]
uheapq.heapify(h)
print(uheapq.heappop(h))

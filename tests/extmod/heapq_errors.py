# errors: empty heap, non-list heap, incomparable items
import heapq

for f in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        f([])
    except IndexError:
        print('IndexError')
for args in [((), 1), ('abc', 1), ({}, 1), (None, 1)]:
    try:
        heapq.heappush(*args)
    except TypeError:
        print('TypeError push', type(args[0]).__name__)
for f in (heapq.heapify, heapq.heappop):
    try:
        f((3, 1))
    except TypeError:
        print('TypeError', 'tuple')
try:
    heapq.heappushpop(5, 1)
except TypeError:
    print('TypeError pushpop')
h = [1]
try:
    heapq.heappush(h, 'x')
except TypeError:
    print('TypeError compare', h)
try:
    heapq.heapify([1, 'a', 2.0, None])
except TypeError:
    print('TypeError heapify')
try:
    heapq.heappush([])
except TypeError:
    print('TypeError args')
class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
h = [Bad()]
try:
    heapq.heappush(h, Bad())
except ValueError as e:
    print('ValueError', e, len(h))

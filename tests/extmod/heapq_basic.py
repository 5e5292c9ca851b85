# heappush/heappop/heapify/heapreplace/heappushpop on lists
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    assert h[0] == min(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 100), data[0])
print(heapq.heappushpop(data, -50), data[0])
print(heapq.heappushpop(data, 3), data[0])
print(heapq.heappushpop([], 4))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
# strings and floats
s = list('heapsort')
heapq.heapify(s)
print(''.join(heapq.heappop(s) for _ in range(len(s))))
f = [2.5, -1.0, 3.25, 0.0]
heapq.heapify(f)
print([heapq.heappop(f) for _ in range(4)])
# a larger pseudo-random workload
seq = [(i * 7919) % 1009 for i in range(1000)]
h = []
for x in seq:
    heapq.heappush(h, x)
res = [heapq.heappop(h) for _ in range(len(seq))]
print(res == sorted(seq), res[:5], res[-3:])
h = seq[:]
heapq.heapify(h)
ok = all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
print(ok)
# a list subclass is accepted
class L(list):
    pass
l = L([3, 1, 2])
heapq.heapify(l)
print(l[0], heapq.heappop(l))

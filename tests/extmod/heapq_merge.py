# heapq.merge: lazy merge of sorted inputs
import heapq

print(list(heapq.merge([1, 4, 9], [2, 3, 10, 11], [0, 5])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1], [])))
print(list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['c', 'dd', 'eee'], key=len)))
# stability: equal keys come from earlier inputs first
a = [(1, 'a0'), (2, 'a1')]
b = [(1, 'b0'), (2, 'b1')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda t: t[0], reverse=True)))
# generators as inputs, consumed lazily
def gen(start, step, n):
    for i in range(n):
        yield start + i * step
m = heapq.merge(gen(0, 3, 4), gen(1, 3, 4), gen(2, 3, 4))
print(next(m), next(m), list(m))
it = heapq.merge([1], [2])
print(iter(it) is it)
try:
    list(heapq.merge([1], 5))
except TypeError:
    print('TypeError')

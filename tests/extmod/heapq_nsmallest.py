# nsmallest/nlargest and a heap sort
import heapq

data = [5, 1, 9, 3, 7, 1, 8, 2]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(0, data), heapq.nlargest(100, data), heapq.nsmallest(-1, data))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(2, (x * x for x in range(-3, 3))))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(2, recs, key=lambda r: r[1]))

def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3, -1, 4, 1, -5, 9, 2, 6, 5, 3, 5]))
print(heapsort('zyxwv'))
# k-way merge of sorted lists using (value, list index, position)
lists = [[1, 4, 9], [2, 3, 10, 11], [0, 5]]
h = [(l[0], i, 0) for i, l in enumerate(lists)]
heapq.heapify(h)
merged = []
while h:
    v, i, j = heapq.heappop(h)
    merged.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(h, (lists[i][j + 1], i, j + 1))
print(merged)

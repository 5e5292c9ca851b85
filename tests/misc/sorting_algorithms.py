# sorting algorithms written by hand, checked against sorted()
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])

def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed

gen = lcg(42)
datasets = {
    "random": [next(gen) % 1000 - 500 for _ in range(300)],
    "sorted": list(range(50)),
    "reversed": list(range(50, 0, -1)),
    "dups": [5, 1, 5, 1, 5, 1, 3, 3],
    "empty": [],
    "one": [7],
}
algos = [bubble, insertion, merge_sort, quick, heap_sort, counting]
for name in sorted(datasets):
    data = datasets[name]
    expected = sorted(data)
    results = [algo(data) == expected for algo in algos]
    print(name, len(data), results)
print(merge_sort(datasets["random"])[:10])
print(quick(["pear", "apple", "fig", "banana"]), heap_sort([3.5, -1.25, 2.0, 0.0]))

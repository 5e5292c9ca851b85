# recursive generators for combinatorics
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
def powerset(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)
print(["".join(p) for p in permutations("abc")])
print(len(list(permutations(list(range(6))))))
print(list(combinations([1, 2, 3, 4], 2)))
print(len(list(combinations(list(range(10)), 4))))
print(list(product("ab", [0, 1])))
print(list(powerset("xyz")))
def partitions(n, maxpart=None):
    if maxpart is None:
        maxpart = n
    if n == 0:
        yield []
        return
    for k in range(min(n, maxpart), 0, -1):
        for p in partitions(n - k, k):
            yield [k] + p
print(list(partitions(5)), len(list(partitions(15))))

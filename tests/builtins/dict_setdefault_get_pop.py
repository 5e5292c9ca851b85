# dict get/setdefault/pop/popitem/update patterns used by real programs
inv = {}
for word in "a bb a ccc bb a".split():
    inv.setdefault(len(word), []).append(word)
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
d = dict(a=1, b=2, c=3)
print(d.pop("a"), d.pop("z", None), d, d.popitem(), d)
d.update(b=20, d=4)
d.update([("e", 5)])
d.update({"f": 6}, g=7)
print(d, len(d), list(d.keys())[0], list(d.values())[-1])
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], sum(grid.values()), sorted(k for k, v in grid.items() if v == 0)[:4], (1, 1) in grid, (5, 5) in grid)
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}
print(merged, {k: v for k, v in sorted(merged.items(), reverse=True)}, dict(sorted(merged.items(), key=lambda kv: -kv[1])))
inverted = {v: k for k, v in merged.items()}
print(inverted, dict(zip(merged.values(), merged)), list(zip(*merged.items())))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(80), len(cache))

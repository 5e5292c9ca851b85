# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(2) for j in range(2)))
print(sorted(c for c in "banana"))
print("-".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(tuple(x for x in "ab"), set(x % 2 for x in range(5)))
gen = (x for x in [1, 2, 3])
for v in gen:
    if v == 2:
        break
print(next(gen))
def lazy():
    yield 1
    print("second requested")
    yield 2
g2 = (x * 10 for x in lazy())
print(next(g2))
print(next(g2))
try:
    next(g2)
except StopIteration:
    print("StopIteration")
it = iter([1, 2])
print(list(x for x in it), list(x for x in it))

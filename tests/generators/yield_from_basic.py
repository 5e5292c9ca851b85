# yield from delegation
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
print(list(outer()))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def from_iterator():
    yield from iter([9, 8])
    yield from {"k": 1}
print(list(from_iterator()))
def empty():
    return
    yield
def uses_empty():
    yield "before"
    yield from empty()
    yield "after"
print(list(uses_empty()))

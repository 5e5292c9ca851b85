# map/filter/zip/enumerate are lazy when given generators
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
m = map(lambda v: v * 2, src(5))
print(log)
print(next(m), log)
f = filter(lambda v: v % 2, src(5))
log.clear()
print(next(f), log)
z = zip(src(3), "ab")
log.clear()
print(list(z), log)
e = enumerate(src(3), 1)
log.clear()
print(next(e), log)
r = reversed([1, 2, 3])
print(next(r))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
mm = map(str, [1, 2])
print(list(mm), list(mm))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))

# generator expressions: laziness, scoping, nesting
log = []
def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
x = 100
g2 = (x + i for i in range(3))
x = 200
print(list(g2))
data = [1, 2]
g3 = (v for v in data)
data = [7, 8, 9]
print(list(g3))
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row if v % 2 == 0))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
print(sum(x * x for x in range(10) if x % 3 == 0))
print(sorted((k for k in {"b": 1, "a": 2}), reverse=True))
try:
    (1 / v for v in [0])
    print("creating genexpr does not evaluate the body")
    list(1 / v for v in [0])
except ZeroDivisionError:
    print("ZeroDivisionError when consumed")

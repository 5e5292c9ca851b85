# exceptions from inside comprehensions and lambdas
def parse_all(items):
    try:
        return [int(x) for x in items]
    except ValueError:
        return "bad item"
print(parse_all(["1", "2"]), parse_all(["1", "x"]))
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError:
    print("ZeroDivisionError in dict comprehension")
g = (10 // x for x in [5, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError in genexpr")
print(list(g))
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError:
    print("ZeroDivisionError in key function")
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__
print([safe(lambda x: 10 // x, v) for v in [2, 0, "a"]])

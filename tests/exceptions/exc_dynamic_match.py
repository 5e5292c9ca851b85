# except clauses with runtime-computed classes and tuples
errs = (KeyError, IndexError)
try:
    [][0]
except errs as e:
    print("tuple variable", type(e).__name__)
cls = ValueError
try:
    int("x")
except cls:
    print("class variable")
def pick(n):
    return [TypeError, ValueError][n]
try:
    raise ValueError
except pick(1):
    print("call in except clause")
classes = [KeyError, IndexError]
try:
    raise IndexError
except tuple(classes):
    print("tuple built at runtime")
try:
    try:
        raise ValueError
    except ():
        print("empty tuple never matches")
except ValueError:
    print("fell through empty tuple")
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError:
    print("TypeError: except with non-class")

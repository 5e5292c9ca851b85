# exceptions carrying non-string args, chained str(), and args of builtin-raised exceptions
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("12a")
except ValueError as e:
    print(e.args, len(e.args))
try:
    None.x
except AttributeError as e:
    print(e.args)
try:
    undefined_name_q
except NameError as e:
    print(e.args)
try:
    1 + "s"
except TypeError as e:
    print(e.args)
try:
    raise StopIteration("val")
except StopIteration as e:
    print(e.args, e.value)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print(e.args, e.code)
try:
    next(iter([]))
except StopIteration as e:
    print(e.args, e.value)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print(e.args, e.value)
e = ValueError(*range(3))
print(e.args, str(e))
e = Exception(Exception("inner"))
print(str(e), repr(e))
e = KeyError(KeyError("k"))
print(str(e))

# catching, annotating and re-raising exceptions
def load(key, data):
    try:
        return data[key]
    except KeyError as e:
        e.args = e.args + ("while loading",)
        raise
try:
    load("x", {})
except KeyError as e:
    print(e.args)
class Wrapped(Exception):
    pass
def wrapper():
    try:
        int("not a number")
    except ValueError as e:
        raise Wrapped("wrapped: " + type(e).__name__) from e
try:
    wrapper()
except Wrapped as w:
    print(w, type(w.__cause__).__name__)
def translate(exc_map, fn):
    try:
        return fn()
    except tuple(exc_map) as e:
        raise exc_map[type(e)]("translated") from None
try:
    translate({KeyError: LookupError, ZeroDivisionError: ArithmeticError}, lambda: 1 / 0)
except ArithmeticError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
errors = []
for f in [lambda: 1 / 0, lambda: [][0], lambda: "ok"]:
    try:
        f()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])

# assert statements and AssertionError
def check(v):
    assert isinstance(v, int), "expected int, got %s" % type(v).__name__
    assert v >= 0, v
    return v
print(check(5))
for bad in ["s", -3, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError", e.args)
try:
    assert False
except AssertionError as e:
    print(e.args, str(e) == "")
try:
    assert 0, ["list", "msg"]
except AssertionError as e:
    print(e.args[0])
x = []
try:
    assert x, "empty list is falsy"
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))

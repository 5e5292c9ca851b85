# assert statement
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", e.args)
try:
    assert 1 > 2, "custom message"
except AssertionError as e:
    print("caught", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(x):
    assert x > 0, "x=%d" % x
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(str(e))
n = 0
def side():
    global n
    n += 1
    return "msg"
assert True, side()
print("msg evaluated", n)
print(issubclass(AssertionError, Exception))

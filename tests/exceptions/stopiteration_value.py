# StopIteration and its value attribute
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value, StopIteration(1, 2).args)
def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
try:
    next(empty())
except StopIteration as e:
    print("no value:", e.value, e.args)
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator:", e.value)
def ret_none():
    yield 1
    return None
r = ret_none(); next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value)

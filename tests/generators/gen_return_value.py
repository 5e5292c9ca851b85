# return value of a generator becomes StopIteration.value
def g(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
it = g(4)
items = []
while True:
    try:
        items.append(next(it))
    except StopIteration as e:
        print(items, "returned", e.value)
        break
def sub():
    yield 1
    return "sub result"
def main():
    r = yield from sub()
    yield "got " + r
print(list(main()))
def early(flag):
    if flag:
        return "early"
    yield "late"
for flag in (True, False):
    gen = early(flag)
    try:
        print(next(gen))
    except StopIteration as e:
        print("StopIteration", e.value)

# generators consumed by for loops, builtins and unpacking
def squares(n):
    for i in range(n):
        yield i * i
for s in squares(4):
    print(s)
print(sum(squares(10)), max(squares(5)), sorted(squares(4), reverse=True))
print(dict(enumerate(squares(3))), list(zip(squares(3), "abc")))
a, b, *c = squares(5)
print(a, b, c)
print("-".join(str(x) for x in squares(4)))
print(3 in squares(10), 5 in squares(10))
g = squares(6)
for x in g:
    if x > 3:
        break
print("rest", list(g))
def pairs():
    yield 1, "one"
    yield 2, "two"
for num, name in pairs():
    print(num, name)
print(any(x > 10 for x in squares(5)), all(x < 100 for x in squares(5)))

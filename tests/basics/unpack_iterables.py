# unpacking from various iterables
a, b, c = range(3)
print(a, b, c)
x, y = (i * 2 for i in range(2))
print(x, y)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
s1, s2 = sorted({"only", "other"})
print(s1, s2)
h, *t = "hello"
print(h, t)
first, *_, last = range(100)
print(first, last)
class It:
    def __iter__(self):
        yield "i1"
        yield "i2"
p, q = It()
print(p, q)
try:
    m, n = It(), 
except ValueError:
    print("ValueError")
[r1, [r2, r3]] = [1, (2, 3)]
print(r1, r2, r3)
def gen():
    yield from range(5)
head, *body, tail = gen()
print(head, body, tail)
print(*"abc", *range(2))

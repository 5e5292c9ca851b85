# assignment expressions :=
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print((a := 3) + a)
def f():
    if (m := 2 ** 10) > 1000:
        return m
print(f())
vals = iter([3, 0, 7])
out = []
while (v := next(vals, None)) is not None:
    out.append(v)
print(out)
print([(k := j) for j in range(3)], k)
res = [w for s in ["a b", "c"] for w in s.split() if (last := w)]
print(res, last)
print(f"{(z:=4)} {z}")
def g():
    [q := 1 for _ in range(1)]
    return q
print(g())

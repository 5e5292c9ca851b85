# iter(callable, sentinel)
data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
print(pos[0])
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
it = iter(Counter(), 3)
print(next(it), next(it), next(it, "sentinel reached"), next(it, "still done"))
print(iter(it) is it)
chunks = iter([b"ab", b"cd", b""])
out = b""
for chunk in iter(lambda: next(chunks), b""):
    out += chunk
print(out)

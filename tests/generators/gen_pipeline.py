# composing generators into a data pipeline
text = """alpha 3
beta 10
# comment line
gamma 7

delta 1
epsilon 12"""
def lines(s):
    for line in s.split("\n"):
        yield line
def non_blank(it):
    for line in it:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(it):
    for line in it:
        name, num = line.split()
        yield name, int(num)
def big(it, limit):
    for name, n in it:
        if n >= limit:
            yield name, n
pipe = big(parse(non_blank(lines(text))), 5)
print(list(pipe))
print(sum(n for _, n in parse(non_blank(lines(text)))))
def running_total(it):
    t = 0
    for x in it:
        t += x
        yield t
print(list(running_total(range(1, 6))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))

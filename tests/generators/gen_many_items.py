# generators producing many items (exercises frame reuse and the GC)
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(100000)))
def strings(n):
    for i in range(n):
        yield "item%d" % i
total = 0
for s in strings(20000):
    total += len(s)
print(total)
def nested(n):
    for i in range(n):
        yield from count(i % 10)
print(sum(nested(3000)))
gens = [count(5) for _ in range(1000)]
print(sum(sum(g) for g in gens))
def chain_many():
    for i in range(500):
        g = (j for j in range(i % 7))
        yield sum(g)
print(sum(chain_many()))

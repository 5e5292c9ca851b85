# a running generator cannot be re-entered
def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError: generator already executing")
def independent():
    n = 0
    while True:
        n += 1
        yield n
a, b = independent(), independent()
print(next(a), next(a), next(b), next(a), next(b))
def gen_of_gens():
    for i in range(3):
        yield (i * 10 + j for j in range(2))
print([list(x) for x in gen_of_gens()])
def uses_other(src):
    for v in src:
        yield v * 2
base = independent()
d = uses_other(base)
print(next(d), next(base), next(d))

# dicts with many keys: growth, deletion, reinsertion
d = {}
for i in range(10000):
    d["key%d" % i] = i
print(len(d), d["key0"], d["key9999"], d.get("key10000"))
for i in range(0, 10000, 3):
    del d["key%d" % i]
print(len(d), "key3" in d, "key4" in d)
for i in range(0, 10000, 3):
    d["key%d" % i] = -i
print(len(d), d["key3"], d["key9999"])
ints = {}
for i in range(-5000, 5000, 7):
    ints[i * 1000003] = i
print(len(ints), ints[-5000 * 1000003], sum(ints.values()))
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], len(t))
keys = list(d)[:5]
print(keys)
f = {i / 4: i for i in range(100)}
print(f[2.5], f[0.25], len(f))
big = {2 ** i: i for i in range(200)}
print(big[2 ** 150], len(big))

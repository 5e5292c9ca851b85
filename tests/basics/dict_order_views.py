# dict insertion order and views
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d.items()))
del d["zeta"]
d["zeta"] = 9
print(list(d))
ks = d.keys()
vs = d.values()
d["new"] = 1
print(len(ks), "new" in ks, 1 in vs)
print(sorted(ks))
print(list(reversed(list(d.items())))[0])
print({**d, "alpha": 100}["alpha"])
print(dict(zip("abc", range(3))))
print({k: v for k, v in d.items() if v > 3})
for k, v in d.items():
    print(k, v)
print(d.keys() & {"mid", "x"}, sorted(d.keys() | {"q"}))
it = iter(d)
print(next(it), next(it))

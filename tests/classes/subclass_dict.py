# subclassing dict, including __missing__
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(sorted(d.items()), len(d), isinstance(d, dict))
print(d.get("zzz"), "zzz" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, it):
        for x in it:
            self[x] += 1
        return self
c = Counter().add("abracadabra")
print(sorted(c.items()), c["z"], "z" in c)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, v):
        self[name] = v
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, sorted(ad))
try:
    ad.nope
except AttributeError:
    print("AttributeError")
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo["KEY"] = 1
print(lo["Key"], list(lo), dict(lo))
print(type(Counter()).__name__, Counter(a=1) == {"a": 1})

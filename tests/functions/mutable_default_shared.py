# mutable default values are shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []), append_to(4))
def cache(key, value=None, _store={}):
    if value is not None:
        _store[key] = value
    return _store.get(key)
cache("a", 1)
cache("b", 2)
print(cache("a"), cache("b"), cache("c"))
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1 = Bag(); b2 = Bag()
b1.add("x")
print(b2.items, b1.items is b2.items)
def counter(_n=[0]):
    _n[0] += 1
    return _n[0]
print(counter(), counter(), counter())
def safe(item, target=None):
    target = [] if target is None else target
    target.append(item)
    return target
print(safe(1), safe(2))

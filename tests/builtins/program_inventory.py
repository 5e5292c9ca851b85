# inventory bookkeeping with classes, properties, sorting, set algebra and formatted output
class Item:
    __slots__ = ("sku", "name", "qty", "price", "tags")
    def __init__(self, sku, name, qty, price, tags=()):
        self.sku, self.name, self.qty, self.price, self.tags = sku, name, qty, price, frozenset(tags)
    @property
    def value(self):
        return round(self.qty * self.price, 2)
    def __repr__(self):
        return "Item(%r, qty=%d)" % (self.sku, self.qty)
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __lt__(self, other):
        return self.value < other.value
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError("duplicate sku %s" % item.sku)
        self.items[item.sku] = item
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))
    def __contains__(self, sku):
        return sku in self.items
    def by_tag(self, *tags):
        want = set(tags)
        return [i for i in self if want <= i.tags]
inv = Inventory()
for row in [("A100", "bolt", 500, 0.05, ["metal", "small"]), ("B200", "hammer", 12, 9.99, ["tool", "metal"]), ("C300", "glue", 40, 2.5, ["chem"]),
            ("D400", "saw", 7, 14.25, ["tool", "metal", "sharp"]), ("E500", "nail", 2000, 0.01, ["metal", "small"])]:
    inv.add(Item(*row))
try:
    inv.add(Item("A100", "dup", 1, 1))
except KeyError as e:
    print("KeyError", e)
print(len(inv), "B200" in inv, "Z999" in inv, list(inv)[:2])
print([i.name for i in inv.by_tag("metal", "small")], [i.name for i in inv.by_tag("tool")], inv.by_tag("none"))
print(sorted(inv)[0].name, max(inv).name, sum(i.value for i in inv), round(sum(i.value for i in inv) / len(inv), 3))
all_tags = set().union(*(i.tags for i in inv))
common = frozenset.intersection(*(i.tags for i in inv.by_tag("metal")))
print(sorted(all_tags), sorted(common), {i.sku for i in inv} == set(inv.items))
print("{:<6}{:>8}{:>8}{:>10}".format("sku", "qty", "price", "value"))
for it in sorted(inv, key=lambda i: (-i.value, i.sku)):
    print("{0.sku:<6}{0.qty:>8d}{0.price:>8.2f}{0.value:>10.2f}".format(it))
try:
    inv.items["A100"].colour = "red"
except AttributeError as e:
    print("AttributeError")

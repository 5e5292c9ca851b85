# an inventory / order system using classes, dicts, properties and exceptions
class OutOfStock(Exception):
    pass

class Product:
    def __init__(self, sku, name, price_cents, stock=0):
        self.sku, self.name = sku, name
        self._price = price_cents
        self.stock = stock

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("price must be >= 0")
        self._price = v

    def __repr__(self):
        return "<%s %s $%d.%02d x%d>" % (self.sku, self.name, self.price // 100, self.price % 100, self.stock)

class Order:
    counter = 0
    def __init__(self, customer):
        Order.counter += 1
        self.number = Order.counter
        self.customer = customer
        self.lines = {}

    def add(self, product, qty=1):
        self.lines[product.sku] = self.lines.get(product.sku, 0) + qty
        return self

    def total(self, catalog):
        return sum(catalog[sku].price * q for sku, q in self.lines.items())

class Store:
    def __init__(self):
        self.catalog = {}
        self.sales = []

    def add_product(self, p):
        self.catalog[p.sku] = p

    def fulfil(self, order):
        for sku, q in order.lines.items():
            if self.catalog[sku].stock < q:
                raise OutOfStock("%s: want %d, have %d" % (sku, q, self.catalog[sku].stock))
        for sku, q in order.lines.items():
            self.catalog[sku].stock -= q
        total = order.total(self.catalog)
        self.sales.append((order.number, order.customer, total))
        return total

    def report(self):
        for sku in sorted(self.catalog):
            print("  ", self.catalog[sku])
        revenue = sum(t for _, _, t in self.sales)
        print("   revenue: $%d.%02d from %d orders" % (revenue // 100, revenue % 100, len(self.sales)))

def fmt(cents):
    return "$%d.%02d" % divmod(cents, 100)

store = Store()
for p in [Product("A1", "apple", 50, 100), Product("B2", "bread", 325, 5), Product("C3", "cheese", 1299, 2)]:
    store.add_product(p)
orders = [
    Order("ann").add(store.catalog["A1"], 10).add(store.catalog["B2"]),
    Order("bob").add(store.catalog["C3"], 3),
    Order("cy").add(store.catalog["C3"]).add(store.catalog["C3"]).add(store.catalog["A1"], 4),
    Order("dee").add(store.catalog["B2"], 4),
    Order("eve").add(store.catalog["B2"], 1),
]
for o in orders:
    try:
        print("order", o.number, o.customer, fmt(store.fulfil(o)))
    except OutOfStock as e:
        print("order", o.number, o.customer, "FAILED:", e)
store.report()
try:
    store.catalog["A1"].price = -1
except ValueError as e:
    print("ValueError:", e)
store.catalog["A1"].price = 45
print(store.catalog["A1"], fmt(Order("x").add(store.catalog["A1"], 3).total(store.catalog)))
best = max(store.sales, key=lambda s: s[2])
print("best order:", best[1], fmt(best[2]))

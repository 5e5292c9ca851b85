# formatting a text report with alignment, totals and percentages
sales = [
    ("North", "widgets", 1234, 9.99),
    ("South", "widgets", 877, 9.99),
    ("North", "gadgets", 312, 24.50),
    ("East", "gizmos", 45, 199.00),
    ("South", "gadgets", 610, 24.50),
    ("West", "widgets", 0, 9.99),
    ("East", "widgets", 1500, 9.49),
]
def money(v):
    whole = int(round(v * 100))
    s = "{:,}".format(whole // 100)
    return "$%s.%02d" % (s, whole % 100)
header = "%-6s %-8s %6s %9s %13s" % ("Region", "Product", "Units", "Price", "Revenue")
print(header)
print("-" * len(header))
total = 0.0
for region, product, units, price in sorted(sales):
    rev = units * price
    total += rev
    print("%-6s %-8s %6d %9s %13s" % (region, product, units, money(price), money(rev)))
print("-" * len(header))
print("%-6s %-8s %6d %9s %13s" % ("TOTAL", "", sum(s[2] for s in sales), "", money(total)))
print()
by_region = {}
for region, product, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region in sorted(by_region, key=lambda r: -by_region[r]):
    share = by_region[region] / total
    bar = "#" * int(share * 40)
    print("{:<6}|{:<40}| {:5.1f}%".format(region, bar, share * 100))
print()
print("{:^30}".format(" summary "))
print("{:*^30}".format(""))
stats = [("rows", len(sales)), ("products", len({s[1] for s in sales})), ("avg price", sum(s[3] for s in sales) / len(sales))]
for k, v in stats:
    print("{:>12}: {}".format(k, "%.3f" % v if isinstance(v, float) else v))

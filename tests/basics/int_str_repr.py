# str/repr/format of integers
for n in [0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 64, -(2 ** 64), 10 ** 100 + 1]:
    print(str(n), repr(n), len(str(n)))
print(str(2 ** 333))
print(repr(-(3 ** 100)))
print("%d" % (2 ** 90), "%x" % (2 ** 90), "%o" % (2 ** 40))
print("{:,}".format(2 ** 80), "{:>40}".format(2 ** 80))
print("{:+d} {:040d}".format(2 ** 70, -(2 ** 70)))
print(f"{2 ** 100:_}", f"{2 ** 100:x}")
print(int("007"), int("-0009"), 00, 0_0)
for base in (2, 8, 10, 16, 36):
    print(base, int("1" * 20, base))
print(str(True), repr(False), str(int(False)))

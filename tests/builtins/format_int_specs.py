# format() of ints with every presentation type and flag combination
vals = [0, 1, -1, 7, -42, 255, 1000, -1000000, 2**31, 2**64 + 3, -2**70, True]
specs = ["", "d", "5d", "<5d", "^7d", "=+7d", "+d", " d", "05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b",
         "c" if False else "n", ",", "_", ",d", "_x", "_b", "#_o", "e", ".2f", "%", "g", "*>8", "0=8", "-^9", "08,", ".0%"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("VE")
    print(v, out)
print(format(65, "c"), format(0x20ac, "c"), format(97, "^5c"), format(True, "c") if False else "")
for bad in [".2d", ",x", ",b", "s", "=c" if False else "#c", "+c", ",c", "z", "zd"]:
    try:
        print(repr(format(42, bad)))
    except ValueError as e:
        print("ValueError", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print("%d %5d %-5d| %05d %+d %x %#X %o %#o %c %i %u" % (7, 7, 7, 7, 7, 255, 255, 8, 8, 97, -3, 4))
print("{:d} {:,} {:#b} {:08.3f}".format(10**20, 10**20, 5, 7))

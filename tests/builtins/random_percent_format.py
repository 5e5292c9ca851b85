# differential check: pseudo-random printf-style conversions for str and bytes
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(seq):
    return seq[rnd(len(seq))]
flags = ["", "-", "+", " ", "0", "#", "-0", "+#", " 0"]
convs = "diouxXeEfFgGcrsa%"
vals = [0, 7, -7, 255, -2**65, 3.75, -0.001, 1e20, float("inf"), "s", "\u00e9", b"b", True, None, [1], (), 65]
for n in range(2000):
    width = pick(["", "", "5", "12", "*"])
    prec = pick(["", "", ".0", ".3", ".*", ".10"])
    spec = "%" + pick(flags) + width + prec + pick(convs)
    args = []
    if width == "*":
        args.append(rnd(10) - 3)
    if prec == ".*":
        args.append(rnd(6))
    if not spec.endswith("%"):
        args.append(pick(vals))
    try:
        r = repr(spec % tuple(args))
    except Exception as e:
        r = type(e).__name__
    try:
        b = repr(spec.encode() % tuple(a if not isinstance(a, str) else a.encode("utf-8") for a in args))
    except Exception as e:
        b = type(e).__name__
    print(n, repr(spec), repr(args), r, b)

# differential check: pseudo-random slices for get/set/del on list, bytearray and immutable sequences
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def ri():
    return rnd(15) - 7
def rsl():
    vals = [None, ri(), ri(), ri()]
    step = [None, 1, -1, 2, -2, 3, -3, 0][rnd(8)]
    return slice(vals[rnd(4)], vals[rnd(4)], step)
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__
for n in range(1500):
    base = list(range(rnd(9)))
    kind = rnd(6)
    sl = rsl()
    rhs = list("abcdefgh"[:rnd(6)])
    if kind == 0:
        l = list(base)
        r = safe(lambda: l.__setitem__(sl, rhs))
        print(n, "list set", sl, rhs, r, l)
    elif kind == 1:
        l = list(base)
        r = safe(lambda: l.__delitem__(sl))
        print(n, "list del", sl, r, l)
    elif kind == 2:
        b = bytearray(base)
        r = safe(lambda: b.__setitem__(sl, bytes(x + 60 for x in range(len(rhs)))))
        print(n, "ba set", sl, r, b)
    elif kind == 3:
        b = bytearray(base)
        r = safe(lambda: b.__delitem__(sl))
        print(n, "ba del", sl, r, b)
    elif kind == 4:
        seqs = [tuple(base), "".join(map(str, base)), bytes(base), range(len(base)), memoryview(bytes(base))]
        print(n, "get", sl, [safe(lambda: s[sl]) if not isinstance(s, memoryview) else safe(lambda: s[sl].tolist()) for s in seqs])
    else:
        l = list(base)
        i = ri()
        ops = [lambda: l.insert(i, "x"), lambda: l.pop(i), lambda: l.index(abs(i) % 5), lambda: l.__getitem__(i), lambda: l.__setitem__(i, "y"), lambda: l.__delitem__(i), lambda: l.remove(abs(i))]
        k = rnd(len(ops))
        print(n, "op", k, i, safe(ops[k]), l)

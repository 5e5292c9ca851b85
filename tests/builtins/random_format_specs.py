# differential check: pseudo-random format specs applied to many value types
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(seq):
    return seq[rnd(len(seq))]
fills = ["", "", "*", "0", "\u00e9"]
aligns = ["", "", "<", ">", "^", "="]
signs = ["", "", "+", "-", " "]
types = ["", "d", "x", "X", "o", "b", "e", "E", "f", "F", "g", "G", "%", "n", "c", "s", "r"]
vals = [0, 1, -1, 42, -1234567, 2**70, 3.5, -0.0, 1e-7, 123456.789, float("inf"), float("nan"), "str", "", True, None, 1 + 2j]
for n in range(2000):
    spec = pick(fills) + pick(aligns) if rnd(2) else pick(aligns)
    spec += pick(signs) + ("z" if rnd(10) == 0 else "") + ("#" if rnd(4) == 0 else "") + ("0" if rnd(4) == 0 else "")
    if rnd(2):
        spec += str(rnd(15))
    if rnd(4) == 0:
        spec += pick([",", "_"])
    if rnd(3) == 0:
        spec += "." + str(rnd(8))
    spec += pick(types)
    v = pick(vals)
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = type(e).__name__
    print(n, repr(spec), repr(v), r)

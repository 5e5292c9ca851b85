# differential check: pseudo-random dict/set operation sequences, state sampled as it goes
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
keys = [0, 1, 2, 1.0, True, "a", "b", (1, 2), frozenset([1]), None, -1, 2**70, "\u00e9", b"a", 3.5]
d = {}
s = set()
out = []
for n in range(6000):
    k = keys[rnd(len(keys))]
    op = rnd(14)
    try:
        if op == 0: d[k] = n
        elif op == 1: r = d.pop(k, "none")
        elif op == 2: r = d.setdefault(k, n)
        elif op == 3: r = d.get(k)
        elif op == 4:
            if d: r = d.popitem()
        elif op == 5: s.add(k)
        elif op == 6: s.discard(k)
        elif op == 7: r = k in s
        elif op == 8:
            pass
        elif op == 9: d.update({k: -n})
        elif op == 10: del d[k]
        elif op == 11: s ^= {k}
        elif op == 12: s -= {k, keys[rnd(len(keys))]}
        else: d = dict(reversed(list(d.items()))) if rnd(20) == 0 else d
    except KeyError:
        pass
    if n % 50 == 0:
        out.append((list(d.items()), sorted(map(repr, s))))
for o in out:
    print(o)
print(len(d), len(s))

# differential check: pseudo-random inputs through many str methods (LCG, deterministic)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alphabet = ["a", "b", " ", "\t", "\n", "A", "1", ",", "\u00e9", "\u20ac", "\U0001f600", "ab", "", "_", "-", "\r\n", "\x0b", "\u2028"]
def rstr(maxlen=8):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen)))
def rint():
    return rnd(21) - 10
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__
ops = [
    lambda s, t, i, j: s.split(t if t else None, i),
    lambda s, t, i, j: s.rsplit(t if t else None, i),
    lambda s, t, i, j: s.find(t, i, j), lambda s, t, i, j: s.rfind(t, i, j), lambda s, t, i, j: s.count(t, i, j),
    lambda s, t, i, j: s.startswith(t, i, j), lambda s, t, i, j: s.endswith(t, i, j),
    lambda s, t, i, j: s.replace(t, "X", i), lambda s, t, i, j: s.partition(t), lambda s, t, i, j: s.rpartition(t),
    lambda s, t, i, j: s.strip(t), lambda s, t, i, j: s.lstrip(t), lambda s, t, i, j: s.rstrip(t),
    lambda s, t, i, j: s[i:j], lambda s, t, i, j: s[i:j:(i or 1)], lambda s, t, i, j: s[::j or -1],
    lambda s, t, i, j: s.center(i, "*"), lambda s, t, i, j: s.ljust(j), lambda s, t, i, j: s.zfill(i),
    lambda s, t, i, j: s.expandtabs(i), lambda s, t, i, j: s.splitlines(i > 0), lambda s, t, i, j: s.split(),
    lambda s, t, i, j: s.title(), lambda s, t, i, j: s.swapcase(), lambda s, t, i, j: s.capitalize(), lambda s, t, i, j: s.casefold(),
    lambda s, t, i, j: (s.isspace(), s.isalpha(), s.isalnum(), s.isdigit(), s.istitle(), s.isupper(), s.islower(), s.isprintable(), s.isidentifier()),
    lambda s, t, i, j: t.join([s, s, t]), lambda s, t, i, j: s.index(t), lambda s, t, i, j: s.rindex(t, i),
    lambda s, t, i, j: s.removeprefix(t), lambda s, t, i, j: s.removesuffix(t), lambda s, t, i, j: (s < t, s == t, s > t),
    lambda s, t, i, j: s.encode("utf-8").decode("latin-1"), lambda s, t, i, j: s.encode("ascii", "replace"),
    lambda s, t, i, j: ("%5s|%-6r|%.3s" % (s, t, s)), lambda s, t, i, j: "{:^{}}|{!a}".format(s, abs(i), t),
    lambda s, t, i, j: list(reversed(s)), lambda s, t, i, j: sorted(s), lambda s, t, i, j: (s * (i % 3)) + t,
]
for n in range(600):
    s, t, i, j = rstr(), rstr(3), rint(), rint()
    k = rnd(len(ops))
    print(n, k, safe(lambda: ops[k](s, t, i, j)))

# differential check: pseudo-random inputs through bytes and bytearray methods
seed = 31337
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alphabet = [b"a", b"b", b" ", b"\t", b"\n", b"A", b"1", b",", b"\xe9", b"\x00", b"\xff", b"ab", b"", b"\r\n", b"\x0b"]
def rb(maxlen=8):
    return b"".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen)))
def rint():
    return rnd(21) - 10
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__
ops = [
    lambda s, t, i, j: s.split(t if t else None, i), lambda s, t, i, j: s.rsplit(t if t else None, i),
    lambda s, t, i, j: s.find(t, i, j), lambda s, t, i, j: s.rfind(t, i, j), lambda s, t, i, j: s.count(t, i, j),
    lambda s, t, i, j: s.startswith(t, i, j), lambda s, t, i, j: s.endswith(t, i, j), lambda s, t, i, j: s.replace(t, b"X", i),
    lambda s, t, i, j: s.partition(t), lambda s, t, i, j: s.rpartition(t), lambda s, t, i, j: s.strip(t), lambda s, t, i, j: s.lstrip(t),
    lambda s, t, i, j: s.rstrip(t), lambda s, t, i, j: s[i:j], lambda s, t, i, j: s[i:j:(i or 1)], lambda s, t, i, j: s.center(i, b"*"),
    lambda s, t, i, j: s.ljust(j), lambda s, t, i, j: s.zfill(i), lambda s, t, i, j: s.expandtabs(i), lambda s, t, i, j: s.splitlines(i > 0),
    lambda s, t, i, j: s.split(), lambda s, t, i, j: s.title(), lambda s, t, i, j: s.swapcase(), lambda s, t, i, j: s.capitalize(),
    lambda s, t, i, j: (s.isspace(), s.isalpha(), s.isalnum(), s.isdigit(), s.istitle(), s.isupper(), s.islower(), s.isascii()),
    lambda s, t, i, j: t.join([s, s, t]), lambda s, t, i, j: s.index(t), lambda s, t, i, j: s.rindex(t, i), lambda s, t, i, j: s.removeprefix(t),
    lambda s, t, i, j: (s < t, s == t, s > t), lambda s, t, i, j: s.hex(), lambda s, t, i, j: s.decode("utf-8", "replace"),
    lambda s, t, i, j: s.decode("latin-1"), lambda s, t, i, j: s.upper(), lambda s, t, i, j: list(s), lambda s, t, i, j: s * (i % 3) + t,
    lambda s, t, i, j: (t in s, i in s), lambda s, t, i, j: s.translate(None, t), lambda s, t, i, j: b"%s|%5b|%-4s" % (s, t, s),
]
for n in range(1200):
    s, t, i, j = rb(), rb(3), rint(), rint()
    k = rnd(len(ops))
    r1 = safe(lambda: ops[k](s, t, i, j))
    r2 = safe(lambda: ops[k](bytearray(s), t, i, j))
    print(n, k, r1, r2)

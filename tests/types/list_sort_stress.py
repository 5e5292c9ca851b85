# sort correctness and stability on many sizes and data shapes (runs, dups, reversed blocks)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def shapes(n):
    yield [rnd(n // 4 + 1) for _ in range(n)]
    yield list(range(n))
    yield list(range(n, 0, -1))
    yield [i // 7 for i in range(n)]
    b = list(range(n))
    for i in range(0, n, 37):
        b[i:i + 20] = b[i:i + 20][::-1]
    yield b
    yield [(rnd(3), str(rnd(50))) for _ in range(n)]
    yield [rnd(1000) / 8 for _ in range(n)]
    yield [str(rnd(10 ** 6)) for _ in range(n)]
    yield [rnd(5) * 2 ** 60 for _ in range(n)]
total = 0
for n in (0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 4099):
    for data in shapes(n):
        idx = list(range(len(data)))
        s = sorted(idx, key=lambda i: data[i])
        ok = all(data[s[j]] < data[s[j + 1]] or (data[s[j]] == data[s[j + 1]] and s[j] < s[j + 1]) for j in range(len(s) - 1))
        r = sorted(idx, key=lambda i: data[i], reverse=True)
        okr = all(data[r[j]] > data[r[j + 1]] or (data[r[j]] == data[r[j + 1]] and r[j] < r[j + 1]) for j in range(len(r) - 1))
        c = data[:]
        c.sort()
        okc = c == [data[i] for i in s]
        if not (ok and okr and okc):
            print('BAD', n, ok, okr, okc)
        total += sum(s[:50]) + sum(r[-50:])
print(total)

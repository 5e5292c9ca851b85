# building strings in loops
def binrep(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        out = str(n & 1) + out
        n >>= 1
    return out
print([binrep(i) for i in (0, 1, 5, 255, 1024)])
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, sym in vals:
        while n >= v:
            s += sym
            n -= v
    return s
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
rows = []
for i in range(1, 6):
    rows.append(" " * (5 - i) + "*" * (2 * i - 1))
print("\n".join(rows))
table = ""
for i in range(1, 4):
    table += " ".join("%3d" % (i * j) for j in range(1, 6)) + "\n"
print(table, end="")
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))

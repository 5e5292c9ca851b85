# String building and formatting: join, f-strings, % formatting,
# str.format, split/replace/strip/find, upper/lower, slicing, concatenation.
import sys

ROUNDS = 360
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliet", "kilo", "lima", "mike", "november"]


def strhash(s, h):
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFF
    return h


def make_report(r):
    lines = []
    for i in range(200):
        name = NAMES[(i * 7 + r) % len(NAMES)]
        qty = (i * 37 + r * 11) % 1000
        price = (i * 53 + r) % 10000
        lines.append(f"{i:4d} | {name:<10} | {qty:>5} | {price // 100}.{price % 100:02d}")
        lines.append("%-8s %6d %s" % (name.upper(), qty * price, name[::-1]))
        lines.append("{0}:{1}:{0}".format(name[:3], i))
    return "\n".join(lines)


def parse_report(text):
    total = 0
    words = 0
    for line in text.split("\n"):
        if " | " in line:
            parts = [p.strip() for p in line.split("|")]
            total += int(parts[0]) + int(parts[2])
            whole, frac = parts[3].split(".")
            total += int(whole) * 100 + int(frac)
        elif ":" in line:
            a, b, c = line.split(":")
            if a == c:
                total += int(b)
        else:
            fields = line.split()
            words += len(fields)
            total += int(fields[1]) % 997
    return total, words


def transform(text):
    t = text.replace(" | ", ",").replace("alpha", "ALPHA").lower()
    t = t.replace("\n", ";")
    count = t.count(",") + t.count(";")
    pos = 0
    finds = 0
    while True:
        pos = t.find("echo", pos)
        if pos < 0:
            break
        finds += 1
        pos += 4
    return t, count + finds


def concat_build(n):
    # short strings grown with +=, collected in a list and joined
    lines = []
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            lines.append(s)
            s = ""
    lines.append(s)
    pieces = "\n".join(lines).split()
    joined = "-".join(pieces)
    return len(joined), joined.startswith("0123"), joined.endswith("9")


def main():
    h = 0
    tot = 0
    wtot = 0
    cnt = 0
    for r in range(ROUNDS):
        rep = make_report(r)
        t, w = parse_report(rep)
        tot += t
        wtot += w
        tr, c = transform(rep)
        cnt += c
        h = strhash(tr[r * 10:r * 10 + 400], h)
    ln, a, b = concat_build(ROUNDS * 500)
    print("total %d words %d count %d" % (tot, wtot, cnt))
    print("checksum %d %d %d %d %d %s %s" % (tot, wtot, cnt, h, ln, a, b))


main()

# Float arithmetic: Mandelbrot set escape-time iteration over a grid, with
# an ASCII rendering of a coarse version folded into the checksum.
import sys

SIZE = 360
if len(sys.argv) > 1:
    SIZE = int(sys.argv[1])

MAX_ITER = 100


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(w, h, x0, y0, x1, y1, limit):
    rows = []
    dx = (x1 - x0) / w
    dy = (y1 - y0) / h
    for j in range(h):
        ci = y0 + j * dy
        row = []
        for i in range(w):
            row.append(escape_time(x0 + i * dx, ci, limit))
        rows.append(row)
    return rows


def ascii_art(rows, limit):
    chars = " .:-=+*#%@"
    lines = []
    for row in rows:
        lines.append("".join(chars[(n * 9) // limit] for n in row))
    return lines


def main():
    rows = render(SIZE, SIZE, -2.0, -1.25, 0.5, 1.25, MAX_ITER)
    total = 0
    inside = 0
    for row in rows:
        for n in row:
            total += n
            if n == MAX_ITER:
                inside += 1
    small = render(48, 20, -2.0, -1.2, 0.6, 1.2, 30)
    art = ascii_art(small, 30)
    h = 0
    for line in art:
        for ch in line:
            h = (h * 31 + ord(ch)) % 1000000007
    print(art[10])
    print("checksum %d %d %d" % (total, inside, h))


main()

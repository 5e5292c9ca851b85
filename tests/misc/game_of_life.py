# Conway's game of life on a small torus and on an unbounded set-based grid
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        n += grid[(y + dy) % h][(x + dx) % w]
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new

def show(grid):
    for row in grid:
        print("".join("#" if c else "." for c in row))
    print()

glider = [[0] * 8 for _ in range(6)]
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    glider[y][x] = 1
g = glider
for i in range(4):
    g = step(g)
show(glider)
show(g)

def step_set(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}

blinker = {(0, 1), (1, 1), (2, 1)}
print(sorted(step_set(blinker)), step_set(step_set(blinker)) == blinker)
r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
live = r_pentomino
sizes = []
for gen in range(60):
    live = step_set(live)
    sizes.append(len(live))
print(sizes[:20])
print(sizes[-5:], min(x for x, _ in live), max(y for _, y in live))
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step_set(block) == block)

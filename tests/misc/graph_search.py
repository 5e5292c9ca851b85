# graph algorithms: BFS, DFS, Dijkstra with a hand-written binary heap, topological sort
GRAPH = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
    "G": {"A": 1},
}

def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in sorted(g[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in sorted(g[start]):
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    h = Heap()
    h.push((0, src))
    while len(h):
        d, u = h.pop()
        if d > dist.get(u, d):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, nd + 1):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out

print(bfs(GRAPH, "A"), dfs(GRAPH, "A"), bfs(GRAPH, "G"))
dist, prev = dijkstra(GRAPH, "A")
print(sorted(dist.items()))
print(path(prev, "F"), path(prev, "D"))
print(topo(GRAPH))
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def maze(grid):
    h, w = len(grid), len(grid[0])
    start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
    dist = {start: 0}
    q = [start]
    while q:
        r, c = q.pop(0)
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print(maze(grid))

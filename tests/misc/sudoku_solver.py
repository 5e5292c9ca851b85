# a backtracking sudoku solver
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line for line in text.split("\n") if line.strip()]
    return [[0 if c == "." else int(c) for c in row] for row in rows]

def candidates(board, r, c):
    used = set(board[r])
    used.update(board[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]

def solve(board, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        board[r][c] = d
        if solve(board, stats):
            return True
    board[r][c] = 0
    return False

def valid(board):
    groups = [board[r] for r in range(9)]
    groups += [[board[r][c] for r in range(9)] for c in range(9)]
    groups += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

board = parse(PUZZLE)
stats = {"tries": 0}
print(solve(board, stats), valid(board))
for i, row in enumerate(board):
    print(" ".join("".join(str(d) for d in row[j:j + 3]) for j in (0, 3, 6)))
    if i in (2, 5):
        print("-" * 11)
print(stats["tries"] >= 51)
bad = parse(PUZZLE)
bad[0][2] = 5
print(solve(bad, {"tries": 0}))

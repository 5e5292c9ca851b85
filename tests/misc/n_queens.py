# n-queens: count all solutions and print the first board
def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placement.append(c)
                place(row + 1)
                placement.pop()
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))

def count_bits(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    total = 0
    avail = ~(cols | d1 | d2) & ((1 << n) - 1)
    while avail:
        bit = avail & -avail
        avail ^= bit
        total += count_bits(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    return total
print([count_bits(n) for n in range(1, 10)])

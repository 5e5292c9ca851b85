# Backtracking search: count all N-queens solutions with list-based
# recursive backtracking (sets for attacked diagonals), collect the first
# solutions, and solve a small exact-cover style subset-sum puzzle.
import sys

N = 11
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    found = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if len(found) < 5:
                found.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count, found


def queens_bits(n):
    # the same count, with integers as bitsets
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((left | bit) << 1) & full,
                        (right | bit) >> 1)
        return total
    return go(0, 0, 0)


def subset_sums(items, target):
    # number of subsets of items summing to target, by backtracking with
    # pruning on the remaining sum
    items = sorted(items, reverse=True)
    suffix = [0] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + items[i]
    result = [0]

    def go(i, remaining):
        if remaining == 0:
            result[0] += 1
            return
        if i == len(items) or suffix[i] < remaining:
            return
        if items[i] <= remaining:
            go(i + 1, remaining - items[i])
        go(i + 1, remaining)

    go(0, target)
    return result[0]


def main():
    count, found = queens(N)
    bits = queens_bits(N + 1)
    items = [(i * 37) % 53 + 1 for i in range(N * 2 + 3)]
    subsets = subset_sums(items, sum(items) // 3)
    first = "".join(str(c) for c in found[0])
    print("%d-queens: %d solutions, first %s" % (N, count, first))
    print("checksum %d %d %s %d %d" % (count, bits, first, len(found), subsets))


main()

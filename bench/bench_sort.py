# Lists: a hand-written recursive merge sort and an in-place quicksort over
# ints and strings, compared against list.sort / sorted with key functions
# (tuples, lambdas, reverse) on records.
import sys

ROUNDS = 5
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])
N = 16000   # elements per round


def rand_list(n, seed, mod):
    out = []
    s = seed
    for i in range(n):
        s = s * 16807 % 2147483647
        out.append(s % mod)
    return out


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    if i < nl:
        out.extend(left[i:])
    if j < nr:
        out.extend(right[j:])
    return out


def quicksort(a, lo, hi):
    while hi - lo > 12:
        # median of three pivot, Hoare-style partition
        mid = (lo + hi) // 2
        x, y, z = a[lo], a[mid], a[hi]
        if x > y:
            x, y = y, x
        if y > z:
            y = z
            if x > y:
                y = x
        pivot = y
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(a, lo, j)
            lo = i
        else:
            quicksort(a, i, hi)
            hi = j
    for k in range(lo + 1, hi + 1):
        v = a[k]
        m = k - 1
        while m >= lo and a[m] > v:
            a[m + 1] = a[m]
            m -= 1
        a[m + 1] = v


def is_sorted(a):
    for i in range(1, len(a)):
        if a[i - 1] > a[i]:
            return False
    return True


def checksum(a):
    h = 0
    for i in range(0, len(a), 7):
        h = (h * 31 + a[i]) % 1000000007
    return h


def one_round(seed):
    nums = rand_list(N, seed, 1000000)
    m = merge_sort(nums)
    q = nums[:]
    quicksort(q, 0, len(q) - 1)
    s = sorted(nums)
    ok = m == s and q == s and is_sorted(m)

    words = ["w%d" % (v % 5000) for v in rand_list(N // 2, seed + 7, 1 << 30)]
    mw = merge_sort(words)
    ok = ok and mw == sorted(words)

    records = []
    for i, v in enumerate(rand_list(N, seed + 99, 100000)):
        records.append((v % 100, "name%d" % (v % 997), i))
    # keys are made unique so the result does not depend on sort stability
    by_key = sorted(records, key=lambda r: (r[0], r[1], r[2]))
    by_name = sorted(records, key=lambda r: (r[1], r[2]), reverse=True)
    records.sort(key=lambda r: -r[2])
    ties = 0
    for i in range(1, len(by_key)):
        a = by_key[i - 1]
        b = by_key[i]
        if a[0] == b[0] and a[1] == b[1] and a[2] < b[2]:
            ties += 1
    h = checksum(m) + checksum([r[2] for r in by_key]) + \
        checksum([r[2] for r in by_name]) + records[0][2]
    return ok, h, ties, mw[len(mw) // 2]


def main():
    all_ok = True
    hsum = 0
    tsum = 0
    mids = []
    for r in range(ROUNDS):
        ok, h, ties, mid = one_round(42 + r * 1000)
        all_ok = all_ok and ok
        hsum = (hsum * 3 + h) % 1000000007
        tsum += ties
        mids.append(mid)
    print("sorted ok: %s" % all_ok)
    print("checksum %s %d %d %s" % (all_ok, hsum, tsum, ",".join(mids)))


main()

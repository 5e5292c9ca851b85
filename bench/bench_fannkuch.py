# Permutations: the "pancake flipping" fannkuch problem - for every
# permutation of 1..n (generated in lexicographic order by a hand-written
# next_permutation), repeatedly reverse the prefix given by the first
# element until it is 1; report the maximum flip count and a signed sum.
# Also counts permutations with no fixed point via a recursive generator.
import sys

N = 9
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def next_permutation(a):
    # rearrange a into the next permutation in lexicographic order;
    # returns False after the last one
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    lo = i + 1
    hi = len(a) - 1
    while lo < hi:
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1
        hi -= 1
    return True


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 1:
        # reverse p[0:first]
        lo = 0
        hi = first - 1
        while lo < hi:
            p[lo], p[hi] = p[hi], p[lo]
            lo += 1
            hi -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(1, n + 1))
    max_flips = 0
    signed = 0
    index = 0
    while True:
        if perm[0] != 1:
            f = count_flips(perm)
            if f > max_flips:
                max_flips = f
            if index & 1:
                signed -= f
            else:
                signed += f
        index += 1
        if not next_permutation(perm):
            break
    return max_flips, signed, index


def derangements(items, used, pos):
    if pos == len(items):
        yield 1
        return
    for k in range(len(items)):
        if not used[k] and k != pos:
            used[k] = True
            for one in derangements(items, used, pos + 1):
                yield one
            used[k] = False


def main():
    max_flips, signed, count = fannkuch(N)
    m = N - 1
    der = sum(derangements(list(range(m)), [False] * m, 0))
    print("Pfannkuchen(%d) = %d" % (N, max_flips))
    print("checksum %d %d %d %d" % (max_flips, signed, count, der))


main()

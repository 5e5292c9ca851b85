# Integer loops: sieve of Eratosthenes over a bytearray of flags, longest Collatz
# chain search and a gcd-based totient sum, all with small ints only.
import sys

N = 1000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def sieve(n):
    # a bytearray keeps the flags compact (1 byte each) for small heaps
    flags = bytearray(n + 1)
    for k in range(2, n + 1):
        flags[k] = 1
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = 0
                j += i
        i += 1
    count = 0
    total = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total


def collatz_longest(limit):
    best = 0
    best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_start = start
    return best_start, best


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def coprime_pairs(m):
    c = 0
    for a in range(1, m):
        for b in range(a + 1, m):
            if gcd(a, b) == 1:
                c += 1
    return c


def main():
    count, total = sieve(N)
    start, steps = collatz_longest(N // 20)
    cp = coprime_pairs(N // 2000)
    print("primes below %d: %d" % (N, count))
    print("collatz %d steps %d" % (start, steps))
    print("checksum %d %d %d %d %d" % (count, total, start, steps, cp))


main()

# prime numbers: sieve of Eratosthenes, segmented counting, factorisation
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = 0
        i += 1
    return [i for i in range(n + 1) if is_p[i]]

primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print(sum(primes))

def sieve_list(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]

print(sieve_list(10000) == primes)

def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(100) if is_prime(n)] == sieve(99))
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(1000000007))
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set][:8]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6])
def goldbach(n):
    ps = set(primes)
    for p in primes:
        if n - p in ps:
            return p, n - p
print([goldbach(n) for n in (4, 28, 100, 9998)])

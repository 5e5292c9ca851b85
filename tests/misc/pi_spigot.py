# digits of pi and e with big-integer arithmetic
def pi_digits(n):
    # Machin's formula with fixed-point big integers
    scale = 10 ** (n + 10)
    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)

def pi_spigot(n):
    # Gibbons' unbounded spigot
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in out)

p1 = pi_digits(300)
p2 = pi_spigot(120)
print(p1[:1] + "." + p1[1:61])
print(p1[61:121])
print(p2)
print(p1[:120] == p2)
print(p1[-20:])
def e_digits(n):
    scale = 10 ** (n + 5)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 5)
e = e_digits(100)
print(e[0] + "." + e[1:])
digit_counts = [p1.count(str(d)) for d in range(10)]
print(digit_counts, sum(digit_counts))

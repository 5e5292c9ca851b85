# number-theory helpers written by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(12, 18), gcd(17, 5), gcd(0, 7), gcd(-12, 8), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm(2 ** 40, 3 ** 20))
print(egcd(240, 46))
g, x, y = egcd(10 ** 20 + 39, 97)
print(g, (10 ** 20 + 39) * x + 97 * y)
def modinv(a, m):
    g, x, _ = egcd(a, m)
    return x % m if g == 1 else None
print(modinv(3, 11), modinv(10, 17), modinv(6, 9))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(99), isqrt(100), isqrt(10 ** 40), isqrt(2 * 10 ** 30))
def factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factors(360), factors(97), factors(2 ** 10 * 3 ** 5 * 7), factors(600851475143))

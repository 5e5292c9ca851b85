# large Fibonacci numbers and factorials
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(f1000)
print(len(str(f1000)), f1000 % 1000000007, f1000.bit_length())
def fib_fast(n):
    def go(n):
        if n == 0:
            return 0, 1
        a, b = go(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return go(n)[0]
print(fib_fast(1000) == f1000, len(str(fib_fast(10000))))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
s = str(f100)
print(len(s), len(s) - len(s.rstrip("0")), sum(map(int, s)))
f500 = fact(500)
print(len(str(f500)), str(f500)[:30], f500 % (10 ** 9 + 7))
print(fact(1000) // fact(998) == 1000 * 999)
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(binom(100, 50))
catalan = [binom(2 * n, n) // (n + 1) for n in range(20)]
print(catalan)
print(sum(int(d) for d in str(2 ** 1000)))
print(str(3 ** 500)[-20:], (3 ** 500) % 1000003)
print(hex(fact(30)), oct(fib(100)), bin(fib(50)))

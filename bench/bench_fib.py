# Function calls: naive doubly-recursive Fibonacci plus a few small helpers
# called with positional, default and keyword arguments.
import sys

N = 32
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def add3(a, b=1, c=2):
    return a + b + c


def calls(n):
    total = 0
    for i in range(n):
        total += add3(i)
        total += add3(i, 3)
        total += add3(i, c=5)
        total += add3(a=i, b=2, c=1)
    return total


def main():
    f = fib(N)
    t = tak(24, 16, 8)
    c = calls(N * 5000)
    print("fib(%d) = %d" % (N, f))
    print("tak = %d" % t)
    print("checksum %d %d %d" % (f, t, c))


main()

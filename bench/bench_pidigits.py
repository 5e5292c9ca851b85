# Big integers: digits of pi two ways - Machin's arctan formula in fixed
# point with big ints, and an unbounded streaming spigot (big int
# multiply / floor-divide / compare) - plus a big factorial and power.
import sys

DIGITS = 12000
if len(sys.argv) > 1:
    DIGITS = int(sys.argv[1])

# CPython >= 3.11 limits int<->str conversion of huge numbers by default
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def arctan_inv(x, scale):
    # arctan(1/x) * scale, using the alternating Taylor series
    x2 = x * x
    term = scale // x
    total = term
    k = 1
    sign = -1
    while term:
        term //= x2
        k += 2
        if sign > 0:
            total += term // k
        else:
            total -= term // k
        sign = -sign
    return total


def machin_pi(digits):
    guard = 10
    scale = 10 ** (digits + guard)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** guard)


def spigot_pi(count):
    # state of a linear fractional transformation (q r / 0 t) applied to
    # the continued fraction terms of pi
    q, r, t, k = 1, 0, 1, 1
    out = []
    while len(out) < count:
        # the next digit is safe once floor(3q+r / t) == floor(4q+r / t)
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            out.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            m = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * m, t * m
            k += 1
    return "".join([str(d) for d in out])


def big_misc(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    p = 3 ** (n * 3)
    g = f % (p + 12345)
    s = str(f)
    return len(s), sum(int(c) for c in s[:200]), g % 1000000007


def main():
    a = machin_pi(DIGITS)
    b = spigot_pi(DIGITS // 5)
    agree = a[:len(b)] == b
    flen, fsum, fmod = big_misc(DIGITS // 2)
    dsum = 0
    for c in a:
        dsum += ord(c) - 48
    print("pi = %s...%s" % (a[:12], a[-8:]))
    print("checksum %d %s %s %d %d %d %d" % (len(a), a[-10:], agree, dsum,
                                           flen, fsum, fmod))


main()

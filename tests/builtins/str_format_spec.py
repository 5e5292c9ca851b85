# str.format with the full mini-language
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b}".format(a=1, b=2))
print("{0[0]} {0[1]} {1[k]} {1[2]}".format([5, 6], {"k": "v", 2: "two"}))
class P:
    x = 3
    y = [7, 8]
print("{0.x} {0.y[1]} {p.x}".format(P, p=P()))
print("{!r} {!s} {!a}".format("\u00e9", "s", "\u00e9"))
print("{:>10}|{:<10}|{:^10}|{:*^9}|{:=+8}".format("r", "l", "c", "m", 42))
print("{:10d}|{:<5d}|{:+d}|{: d}|{:-d}".format(42, 42, 42, 42, -42))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:c} {:n}".format(255, 255, 8, 5, 255, 8, 5, 65, 1234))
print("{:,} {:_} {:,d} {:_x} {:_b} {:,.2f}".format(1234567, 1234567, -1234567, 0xabcdef12, 255, 1234567.891))
print("{:08.3f} {:+.2e} {:.3g} {:g} {:G} {:%} {:.1%}".format(3.14159, 12345.678, 0.0001234, 1e20, 1e-20, 0.25, 0.123))
print("{:e} {:E} {:f} {:F} {:.0f} {:#.0f} {:.0e}".format(1.5, 1.5, float("inf"), float("nan"), 2.5, 2.5, 1234.5))
print("{:010} {:<010} {:0=10} {:010.2f} {:010}".format(-42, 7, -3, -3.14159, "ab"))
print("{:.3} {:.0} {:10.2}|".format("abcdef", "xyz", "hello"))
print("{:{}{}}".format("x", ">", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{{}} {{{}}}".format(9))
print("{:g} {:g} {:g} {:g} {:.10g}".format(100000.0, 1000000.0, 1.5e-5, 0.0001, 1 / 3))
print("{:} {:s} {}".format(True, "t", None))
print("{:d} {:5} {:<5}|".format(True, True, False))
print("{0:>{1}}".format("z", 4))
print("{:#_x} {:#,}".format(2 ** 40, 12345678))
print("{} {:.2f}".format(1e100, 1e100 / 3 - 1e100 / 3))
print(format(12345.6789, ",.2f"), format(-0.0, ".1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(123, ""), format("abc", ""), format(1.0, ""), format(1e16, ""), format(1.0, "g"))
print("{0!r:>10}".format("q"), "{x!s:^7}".format(x=1.5))
for bad in ["{", "}", "{0", "{:d}".replace("d", "z"), "{0!x}", "{:,s}", "{a.}", "{0[}"]:
    try:
        print(bad.format("s", a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__)
for bad in ["{:d}", "{:x}", "{:c}"]:
    try:
        print(bad.format("s"))
    except ValueError as e:
        print("ValueError", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{:.2f}".format("s")
except ValueError as e:
    print("ValueError", e)
print("{:s}".format("abc"), "{:.2s}".format("abc"))
print("{:>+8.2f}|{:<+8.2f}|{:^+9.2f}".format(1.0, -1.0, 2.0))
print("{:=^11,}".format(1234567))

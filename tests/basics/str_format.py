# str.format
print("{} {}".format(1, 2), "{0} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{:d} {:5d} {:<5d}| {:^5d}| {:05d}".format(1, 2, 3, 4, 5))
print("{:.3f} {:10.2f}| {:e} {:g} {:%}".format(3.14159, 2.5, 12345.678, 0.0001, 0.5))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:,} {:+d} {: d} {:+.1f}".format(1234567, 5, 5, -2.25))
print("{:>8} {:<8}| {:^8}| {:*^8}".format("r", "l", "c", "s"))
print("{!r} {!s}".format("x", "x"))
print("{0[0]} {0[1]}".format(["a", "b"]), "{d[k]}".format(d={"k": "v"}))
class P:
    x = 3
print("{0.x} {p.x}".format(P(), p=P()))
print("{{}} {{{}}}".format(7))
print("{:.2s}".format("abcdef"), "{:10.3s}|".format("abcdef"))
print("{0:{1}}|".format("w", 5), "{:{}.{}f}".format(3.14159, 8, 2))
print("{:=+6d}".format(42), "{:0>4}".format(7), "{:c}".format(65))
print(format(3.5, ".1f"), format(10, "b"), format("s", ">3"), format(1e6, ".3g"))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
print("{:5}|{:5}|".format(1, "a"))

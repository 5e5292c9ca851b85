# f-strings: expressions, conversions, nested specs, '=', format of every type
x, w, prec = 3.14159, 10, 3
name = "world"
print(f"hello {name}!", f"{x:.2f}", f"{x:{w}.{prec}f}|", f"{name!r}", f"{name!a:>9}", f"{{}}")
print(f"{1 + 2}", f"{[i * i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{x if x > 3 else 0}", f"{name.upper()}", f"{len(name):03d}")
print(f"{x=}", f"{name = }", f"{1 + 1 = }", f"{x=:.1f}", f"{name=!s}")
print(f"{255:#x} {255:b} {1e6:,.0f} {-7:+05d} {0.25:.0%} {'s':*^5} {12345678:_}")
print(f"{3!r:>4}|{None!s}|{True:d}|{b'x'!r}|{(1, 2)}|{[]!s:>3}")
d = {"a": 1}
print(f"{d['a']}", f'{d["a"]}', f"""{d["a"]}""", f"{'nested {1}'}", f"{f'{x:.1f}'}", f"{'a' 'b'}")
print(f"{x:{'>'}{12}}|", f"{'left':<{w}}|", f"{42:{'0'}{5}}")
v = 12.5
print(f"{v:e}", f"{v:g}", f"{v:10.3e}|", f"{-v:=+10.2f}", f"{v:%}", f"{int(v):c}")
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(f"{F()}", f"{F():abc}", f"{F()!s:>5}" if False else "", format(F(), "z"))
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError", e)
lines = [f"{i:>3}:{i * i:<4}|" for i in range(1, 4)]
print(lines)

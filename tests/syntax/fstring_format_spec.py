# format specs in f-strings, including nested specs
x = 3.14159
w = 10
p = 3
print(f"[{x:.2f}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{x:<{w}.{p}}]")
print(f"[{42:>6}] [{42:<6}] [{42:^6}]")
print(f"[{42:06d}] [{-42:+d}] [{42:+d}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{5:b}] [{5:#b}]")
print(f"[{1234567:,}] [{1234567:_}]")
print(f"[{'abc':*^9}] [{'abc':.2}]")
print(f"[{0.5:%}] [{0.25:.1%}]")
print(f"[{1e10:e}] [{12345.678:.3e}]")
print(f"[{1.5:g}] [{1e20:g}]")
fill = '-'
print(f"[{'x':{fill}>{w}}]")
print(f"[{x!r:>12}]")
print(f"[{'s'!r:5}]")
print(f"[{True:d}]")
print(f"[{-3:5}] [{-3:<5}] [{-3:=5}]")
print(f"[{7:{'0'}{4}}]")

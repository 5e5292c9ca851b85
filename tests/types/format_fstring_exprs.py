# f-strings: expressions, nested specs, conversions, '=', braces, bytes-like values
x, w, p = 3.14159, 10, 3
items = [1, 2, 3]
d = {'k': 'v'}
print(f'{x:{w}.{p}f}|{x:<{w}}|{x!r:>20}|{"s"!r}|{items[1]}|{d["k"]}')
print(f'{x=}', f'{x = :.2f}', f'{items[0]=!r}')
print(f'{{}}{{{x:.1f}}}', f'{len(items):03d}', f'{"nest {}".format(1)}')
print(f'{1+1}{2*3:>4}{-5:+}', f'{"a" "b"}', f'{3 if x > 3 else 4}')
print(f'{b"xy"}', f'{bytearray(b"z")}', f'{1j}', f'{None!s:>5}')
for v in (255, -1, 2**70):
    print(f'{v:#x} {v:_b} {v:,} {v!s:>25}')
name = 'é'
print(f'{name!a}', f'{name:*^5}', f'{"日本":>6}')
print(f'{"abc"[::-1]}', f'{items[-1]:{"<" if x else ">"}4}|')
def g():
    return 'called'
print(f'{g()} {g.__name__}')
print(f'{1:{"0"}{4}}', f'{-2.5:{"+"}.{0}f}')

# basic f-string forms
x = 10
name = "world"
print(f"hello {name}")
print(F"x={x}")
print(f"{x + 5} {x * 2}")
print(f"{{literal braces}} {x}")
print(f"{name!r} {name!s} {name.upper()}")
print(f"{'café'!a}")
print(f"{[1, 2, 3]}")
print(f"{ {'k': 1}['k'] }")
print(f"{x}" f"{x}")
print(f'{x if x > 5 else -x}')
lst = [1, 2, 3]
print(f"{lst[1]} {len(lst)}")
print(f"{3.0}")
print(f"{None} {True}")
print(rf"\n{x}")
print(fr"{x}\t")
print(f"""triple {x}
second line {name}""")
def g(v):
    return v * 2
print(f"{g(4)}")
print(f"{(lambda q: q + 1)(1)}")

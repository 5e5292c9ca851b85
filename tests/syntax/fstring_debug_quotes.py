# the = specifier and nested quotes
x = 5
name = "bob"
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1=}")
print(f"{x=:>4}")
print(f"{x = }")
print(f"{name=!s}")
print(f"{3.5=:.2f}")
d = {"k": "v"}
print(f"{d['k']}")
print(f'{d["k"]}')
print(f"""{d["k"]} {d['k']}""")
print(f'''{"a" + 'b'}''')
print(f"{'nested {braces}'}")
print(f"{'}'}{'{'}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{'-'.join([str(i) for i in range(3)])}")
print(f"{x:{'>'}{3}}")

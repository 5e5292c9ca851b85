# conditional (ternary) expressions
x = 5
print("pos" if x > 0 else "neg")
print("a" if 0 else "b" if 0 else "c")
print(("a" if True else "b") + "!")
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(4)])
calls = []
def t(v):
    calls.append(v)
    return v
print(t(1) if t(True) else t(2))
print(calls)
calls.clear()
print(t(1) if t(0) else t(2))
print(calls)
y = 1 if x else 2, 3
print(y)
print([i if i else "zero" for i in range(3)])
print(x if x < 3 else (x * 2 if x < 10 else x * 3))

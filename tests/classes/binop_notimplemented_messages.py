class A:
    def __add__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
for f in [lambda: A() + 1, lambda: A() < 1, lambda: A() * [1], lambda: [1] * A(), lambda: A() == 1, lambda: A() != A()]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
a = A()
try:
    a += 1
except TypeError as e: print("TypeError", e)

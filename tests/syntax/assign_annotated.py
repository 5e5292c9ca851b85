# annotated assignments
x: int = 5
print(x)
y: str
try:
    print(y)
except NameError as e:
    print(type(e).__name__)
z: list = [1, 2]
print(z)
def f(a: int, b: "str" = "d") -> bool:
    c: float = 1.5
    d: int
    return a, b, c
print(f(1))
class P:
    px: int = 3
    py: int
    def __init__(self):
        self.q: int = 9
print(P.px, P().q, hasattr(P, 'py'))
lst = [0]
lst[0]: int = 7
print(lst)
class O: pass
o = O()
o.attr: str = "set"
print(o.attr)
t: tuple = 1, 2
print(t)

# loop variables and names leaking or not leaking
for i in range(3):
    pass
print("loop var after for:", i)
for j in []:
    pass
try:
    j
except NameError:
    print("j never bound")
k = "before"
for k in "xy":
    pass
print(k)
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())
class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return None
with CM() as w:
    pass
print(w)
def f():
    for m in range(2):
        def g():
            return m
    return g()
print(f())
while True:
    inner = "bound in while"
    break
print(inner)
if False:
    never = 1
try:
    never
except NameError:
    print("never bound in if False")

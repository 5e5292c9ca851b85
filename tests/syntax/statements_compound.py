# compound statements on one line and nested combinations
if 1: a = 1; b = 2
print(a, b)
for i in range(2): print("for", i)
while a < 3: a += 1
print(a)
def f(): return "f"
class C: x = 1; y = 2
print(f(), C.x + C.y)
try: r = 1 / 0
except ZeroDivisionError: r = "div"
finally: print("finally")
print(r)
x = 0
if x: print("no")
elif x == 0: print("elif")
else: print("else")
class CM:
    def __enter__(self): return "cm"
    def __exit__(self, *a): return False
with CM() as v: print("with", v)
for i in range(3):
    if i == 0: continue
    if i == 2: break
    print("middle", i)
else: print("not printed")

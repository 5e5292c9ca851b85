# pass in various places
def f():
    pass
print(f())
class C:
    pass
print(type(C()).__name__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except:
    pass
finally:
    pass
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
with CM():
    pass
def g():
    pass
    return 'after pass'
print(g())
lam = lambda: None
print(lam())

# global variables read and written from functions
total = 0
items = []
def add(x):
    global total
    total += x
    items.append(x)
for i in range(5):
    add(i)
print(total, items)
def read_only():
    return total * 2
print(read_only())
def local_shadow():
    total = "local"
    return total
print(local_shadow(), total)
def unbound():
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError))
    total = 1
unbound()
def set_many():
    global x, y
    x = y = "set"
set_many()
print(x, y)
def cond_global(flag):
    global z
    if flag:
        z = "z set"
cond_global(False)
print("z" in globals())
cond_global(True)
print(z)
def use_before_def():
    return later()
def later():
    return "later defined"
print(use_before_def())

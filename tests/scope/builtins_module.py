# builtin names can be shadowed at module level and restored
print(abs(-3))
abs = lambda v: "shadowed abs"
print(abs(-3))
del abs
print(abs(-3))
def use_max():
    return max([1, 5, 2])
max = min
print(use_max())
del max
print(use_max())
True_value = True
print(True_value)
try:
    del len
except NameError:
    print("NameError: cannot delete a builtin from module scope")
print(len("still works"))

# SyntaxError carries a line number
def err_line(src):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        return type(e).__name__, e.lineno
    return None
print(err_line("x = 1\ny = 2\nz = = 3\n"))
print(err_line("a = 1\n\n\n\nb = )\n"))
print(err_line("def f():\n    pass\nfor x in\n"))
print(err_line("1 +\n")[0])
print(err_line("if x:\n    y = 1\n    z = 1 +* 2\n"))
try:
    exec("ok = 1\nbad syntax here\n")
except SyntaxError as e:
    print("exec", e.lineno)
try:
    eval("1 + ")
except SyntaxError as e:
    print("eval", type(e).__name__)
try:
    eval("x = 1")
except SyntaxError as e:
    print("eval stmt", type(e).__name__)

# IndentationError is a SyntaxError subclass
print(issubclass(IndentationError, SyntaxError))
cases = [
    ("unexpected indent", "x = 1\n    y = 2\n"),
    ("unindent mismatch", "if 1:\n        a = 1\n    b = 2\n"),
    ("expected indent", "if 1:\nx = 1\n"),
    ("def no body", "def f():\nreturn 1\n"),
    ("class no body", "class C:\n\npass\n"),
    ("indent at start", "  x = 1\n"),
    ("nested mismatch", "def f():\n    if 1:\n        pass\n      return\n"),
]
for name, src in cases:
    try:
        exec(src)
        print(name, "compiled?!")
    except SyntaxError as e:
        print(name, isinstance(e, SyntaxError), isinstance(e, IndentationError), type(e).__name__)
try:
    compile("if True:\n  a\n b\n", "<x>", "exec")
except IndentationError as e:
    print("caught as IndentationError", type(e).__name__)
# a correct file with mixed depths is fine
exec("if 1:\n a = 1\n if a:\n        b = 2\nprint(a, b)\n")

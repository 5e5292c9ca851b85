# code that must fail to compile with SyntaxError
bad = [
    "x = ",
    "def f(:\n    pass",
    "1 +* 2",
    "if True\n    pass",
    "for x in : pass",
    "a b",
    "(1, 2",
    "[1, 2)",
    "x = )",
    "return = 5",
    "class = 1",
    "def f():\n    return\nreturn 5",
    "1 = x",
    "f() = 1",
    "None = 1",
    "del 5",
    "lambda: (yield) = 1",
    "'unterminated",
    '"""unterminated triple',
    "x = 1 +",
    "print('a' 'b' 5)",
    "import",
    "from x import",
    "while: pass",
    "else: pass",
    "try:\n    pass\n",
    "a += 1, = 2",
    "x = 0x",
    "x = 1__0",
    "x = 007",
    "x = 1_",
]
for src in bad:
    try:
        exec(src)
        print("compiled!?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__)

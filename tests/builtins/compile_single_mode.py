# compile(..., 'single') takes exactly one statement.
for src in ["a\nb", "x = 1\ny = 2\n"]:
    try:
        compile(src, "<s>", "single")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
for src in ["x = 1\n", "x = 1; y = 2\n", "if 1:\n  x = 5\n", "for i in range(2):\n  pass\n\n"]:
    code = compile(src, "<s>", "single")
    print(type(code).__name__)
ns = {}
exec(compile("q = 7\n", "<s>", "single"), ns)
print(ns['q'])

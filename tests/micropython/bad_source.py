# malformed source must raise an exception, never crash the interpreter
def try_exec(label, src):
    try:
        exec(src)
        print(label, "no error")
    except SyntaxError:
        print(label, "SyntaxError")
def try_any(label, src):
    try:
        exec(src)
        print(label, "no error")
    except Exception:
        print(label, "error")
try_exec("binary garbage", "\x01\x02\x7f garbage $ ? `")
try_exec("truncated def", "def f(:\n")
try_exec("truncated tuple", "x = (1,\n")
try_exec("truncated block", "if True:\n")
try_exec("unterminated string", "s = '''abc")
try_exec("unterminated single", "s = 'abc\nprint(s)")
try_exec("lone operator", "*")
try_exec("bad indent", "  x = 1\n")
try_any("deep parens", "(" * 1000)
try_any("deep unclosed brackets", "[" * 5000)
try_any("invalid utf-8 bytes", b"x = 1\n\xff\xfe\n")
# valid but deeply nested or very long programs: either compile or raise, but never crash
def survive(label, src):
    try:
        exec(src)
    except Exception:
        pass
    print(label, "survived")
survive("deep closed parens", "(" * 1000 + "1" + ")" * 1000)
survive("deep brackets", "x = " + "[" * 5000 + "]" * 5000)
survive("long expression chain", "x = " + "1 + " * 50000 + "1")
survive("deep unary", "x = " + "-" * 100000 + "1")
survive("deep calls", "f = lambda x: x\nx = " + "f(" * 3000 + "1" + ")" * 3000)
print("interpreter still works", eval("6 * 7"))

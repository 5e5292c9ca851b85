# compile() in exec, eval and single modes
c = compile("a = 1 + 1\nb = a * 3", "<string>", "exec")
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
e = compile("2 ** 10", "<string>", "eval")
print(eval(e))
d = {"k": 5}
print(eval(compile("k * k", "<x>", "eval"), d))
s = compile("40 + 2", "<single>", "single")
exec(s)
exec(compile("'a string'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"), {})
exec(compile("[1, 'b']", "<s>", "single"))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError")
try:
    compile("a = 1", "<bad>", "eval")
except SyntaxError:
    print("SyntaxError eval mode statement")
try:
    compile("1", "<x>", "badmode")
except ValueError:
    print("ValueError mode")
f = compile("def sq(n):\n    return n * n\n", "<f>", "exec")
g = {}
exec(f, g)
print(g["sq"](9))
print(eval(compile("sq(3) + 1", "<e>", "eval"), g))

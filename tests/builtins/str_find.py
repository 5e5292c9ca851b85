# find/rfind/index/rindex/count/startswith/endswith with start/end
s = "hello world, hello"
for args in [("l",), ("l", 5), ("l", -5), ("l", 3, 4), ("hello", 1), ("",), ("", 100),
             ("", 18), ("", 19), ("o", -100, -1), ("z",), ("lo", 0, 5), ("lo", 0, 4)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [("l",), ("hello", 1), ("xyz",)]:
    for m in (s.index, s.rindex):
        try:
            print(m(*args))
        except ValueError as e:
            print("ValueError", e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8))
print(s.startswith(("x", "he")), s.startswith(()), s.endswith(("lo", "x")))
print(s.endswith("hello"), s.endswith("world", 0, 11), s.endswith("", 5, 2))
print(s.startswith("", 18), s.startswith("", 19), s.startswith("h", -5))
print("".startswith(""), "".endswith(""), "abc".startswith("abc", None, None))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError", e)
try:
    s.find(5)
except TypeError as e:
    print("TypeError")
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "abc".count("", 1))
u = "\u00e9t\u00e9 \u00e9t\u00e9"
print(u.find("t"), u.rfind("t"), u.index("\u00e9", 1), u.count("\u00e9"), u.find("t", 2))
print(u.startswith("t", 1), u.endswith("\u00e9", 0, 3))
print(s.find("l", None), s.find("l", None, 3), s.count("l", None, None))
print(s.find("o", True))

# implicit concatenation of adjacent literals
a = "abc" 'def' """ghi"""
print(a)
b = ("one "
     "two "
     "three")
print(b)
c = "x" r"\n" "y"
print(c, len(c))
d = f"{1+1}" "lit" f"{'q'}"
print(d)
e = "" "" ""
print(repr(e))
print("a" "b" == "ab")
def f():
    return ("multi"
            "part")
print(f())
lst = ["a" "b", "c"]
print(lst, len(lst))
print("%s" "-%d" % ("x", 3))
print(b"by" b"tes")

# strip family, removeprefix/removesuffix
for s in ["  abc  ", "\t\n abc \r\x0b\x0c", "", "   ", "xxabcxx", "\u3000abc\u2003", "abc"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxabcxy".strip("xy"), "xxabcxy".lstrip("x"), "xxabcxy".rstrip("yx"))
print("abc".strip(""), "abc".strip(None), "aaa".strip("a") == "")
print("\u00e9a\u00e9".strip("\u00e9"), "\u00e9a\u00e9b".rstrip("b\u00e9"))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "ab".removeprefix(""))
print("body.py".removesuffix(".py"), "body".removesuffix("x"), "ab".removesuffix(""))
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError")
print(b"  ab  ".strip(), b"xxabxx".strip(b"x"), bytearray(b" a ").strip())
print(b"abc".removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))

# iterating strings, ord/chr, encode/decode
s = "aé€😀"
print(len(s), [ord(c) for c in s])
print([len(c.encode()) for c in s], len(s.encode("utf-8")))
print(s.encode("utf-8"))
print(s.encode().decode("utf-8") == s)
print(s[1], s[-1] == "\U0001F600", s[1:3])
print(s[::-1] == "😀€éa")
print(chr(0x41), chr(0xe9), chr(0x1F600) == "😀")
print(str(b"abc", "utf-8"), bytes("hé", "utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeError:
    print("UnicodeError")
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
for i, c in enumerate("héllo"):
    if ord(c) > 127:
        print("non-ascii at", i)
print("€".find("€"), "a€b".index("b"), "a€b€".count("€"))
print("ab€".split("€"), "€".join(["x", "y"]))

# UTF-8 source text and unicode strings
s = "héllo wörld"
print(s, len(s))
e = "€"
print(e, len(e), ord(e), len(e.encode()))
print("日本語"[1], len("日本語"))
print("naïve"[::-1])
print("abcé".upper()[:3])
print([c for c in "añb"])
print(chr(233), chr(0x20ac), chr(128512) == "\U0001F600")
print("é" == "\xe9", "é" < "z")
print("smile: \U0001F600".encode("utf-8"))
print(b"\xc3\xa9".decode("utf-8"))
café = 3
print(café * 2)
print("αβγ".find("γ"), "αβγ".index("β"))

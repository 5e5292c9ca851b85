# escape sequences in str literals
print(repr("\n\t\r\\\'\""))
print(repr("\a\b\f\v"))
print(repr("\x41\x62\x7e"), "\x41\x62")
print(repr("\101\102\7\0"), len("\0"), ord("\0"))
print(ord("\177"), ord("\1"), ord("\12"))
print("\u0041\u00e9", ord("\u00e9"), ord("\u20ac"))
print(ord("\U0001F600"), len("\U0001F600"))
print("\U00000041")
print("\N{LATIN SMALL LETTER A}", ord("\N{DIGIT ONE}"))
print(len("\N{EURO SIGN}"), ord("\N{EURO SIGN}"))
print(len("a\
b"))
for c in "\x00\x1f\x7f":
    print(ord(c))
print([ord(c) for c in "\t\n\r"])
print("\\n is not a newline")
print(repr("\\"))

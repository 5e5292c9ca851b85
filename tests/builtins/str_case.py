# case conversion and is* predicates
words = ["hello World", "HELLO", "hello", "Hello World", "hELLO wORLD", "", "123", "a1b2",
         "they're bill's friends", "\u00dfstra\u00dfe", "\u00e9T\u00c9", "  ", "x_y", "\u0130i",
         "\u01c5abc", "ABC def", "1st 2nd", "\u00b2\u00b3", "\u0660\u0661", "\u2167"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
    print(w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isascii(), w.isidentifier(), w.isprintable())
print("\t\n".isprintable(), "\x7f".isprintable(), "\u00a0".isprintable(), "\u00a0".isspace())
print("_a1".isidentifier(), "1a".isidentifier(), "\u00e9t\u00e9".isidentifier(), "a-b".isidentifier())
print(b"abc".upper(), b"ABC".lower(), b"hello world".title(), b"aBc".swapcase(), b"abc def".capitalize())
print(b"abc".isalpha(), b"12".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab".istitle())
print(b"\xe9".isalpha(), b"\xe9".upper(), b"".isalpha(), b"\x80".isascii())

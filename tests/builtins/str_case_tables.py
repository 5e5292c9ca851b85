# title/capitalize/swapcase/upper/lower/casefold on mixed punctuation, digits, apostrophes and non-ASCII
samples = ["hello world", "HELLO WORLD", "hElLo wOrLd", "it's a dog's life", "x1y2 z3", "o'neil-smith", "123abc", "__init__", "a.b,c;d",
           "\u00e9cole fran\u00e7aise", "\u00c9COLE", "stra\u00dfe", "\u0391\u03b8\u03ae\u03bd\u03b1", "\u03c3\u03b1\u03c3", "\u0130stanbul", "\u01c4\u01c5\u01c6",
           "\ufb01ne \ufb02y", "mixed\tTabs\nLines", "", " ", "a", "A", "1"]
for s in samples:
    print(ascii(s), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()), s.istitle())
print("hello".upper().lower() == "hello", "Ab".swapcase().swapcase(), "they're".title(), "3rd place".title(), "x-ray".title(), "a_b".title())
print(b"they're bill's".title(), b"hello world".capitalize(), b"MiXeD".swapcase(), b"caf\xe9".upper(), b"ABC\xc9".lower())

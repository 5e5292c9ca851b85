# upper/lower/capitalize/title/swapcase/casefold with unicode, special casing and digits
words = ['', 'hello World', 'ß', 'ŉ', 'ﬁ', 'İstanbul', 'ǅungla', 'Σίσυφος', 'ΌΣΟΣ', 'straße', 'mIxEd 123 cAsE',
         "they're bill's friends", 'ǆ dž', 'ⓐⓑ', 'ǰ', 'ΐ', 'hello_world-foo bar1baz', 'Ⅻ ⅻ', '𐐨𐐀', 'ﬃ', 'άέ']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), repr(w.casefold()))
print('ß'.upper().lower(), 'ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'Σ'.lower(), 'AΣb'.lower(), 'aΣ'.lower())
print('123'.upper(), 'a1b2'.title(), "o'neil".title(), 'x.y'.title(), 'ǳ'.title(), 'ǲ'.lower())

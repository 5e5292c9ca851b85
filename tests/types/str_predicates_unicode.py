# is* predicates over ASCII and unicode samples, including empty strings
samples = ['', 'abc', 'ABC', 'Abc', 'aBC', 'Ab Cd', 'Ab cd', '123', '١٢٣', '½', '²', 'Ⅻ', '一', '3.5', ' ', '\t\n', '\x1c',
           '\xa0', 'a1', '_x', 'x_1', '1x', 'é', 'ß', 'ǅ', 'ǅa', 'π', '\u200b', '\x7f', 'hello!', 'ñ', '𝟘', 'class', 'ab\u0301',
           '٣x', '\u2028', '\U0001f600', '\x00', 'A\u0345']
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())

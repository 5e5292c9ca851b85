# isidentifier for ASCII and unicode names, keywords, digits, and isprintable corner cases
for s in ['a', '_', '__init__', '1a', 'a1', 'a-b', 'class', 'None', 'é', 'naïve', '日本', 'x²', '℘', '·a', 'a·', '\u2160',
          'ªº', '', ' a', 'a ', 'a\u0301', '𝔘𝔫𝔦', '_\u0660', '\u0660', 'A\u200c', '$x']:
    print(repr(s), s.isidentifier())
for s in ['abc', '', ' ', '\t', '\n', '\x7f', '\xa0', '\xad', '\u2028', 'é', '\u0378', '\U0001f600', '\U000e0001', '\u200b', '\ufeff']:
    print(repr(s), s.isprintable())

# str comparison and ordering by code point (incl. non-BMP and multi-byte), equality, min/max, sort
words = ['', 'a', 'A', 'ab', 'b', 'Z', 'é', 'e\u0301', 'ü', 'z', '日', '\U0001f600', '\uffff', 'aa', 'a\x00', '\x7f', '\x80']
print(sorted(words))
print(sorted(words, reverse=True) == sorted(words)[::-1])
for a in words[:8]:
    print(a, [a < b for b in words[8:]], [a == b for b in words[:3]])
print(min(words), max(words), 'abc' < 'abd' < 'abda', 'a' * 1000 < 'a' * 1001, 'é' > 'z', '\U0001f600' > '\uffff')
print('abc' == 'ab' + 'c', 'é' == '\xe9', 'e\u0301' == 'é', 'x' != 'y', 'ab' <= 'ab', 'ab' >= 'abc')

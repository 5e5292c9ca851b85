# str predicates and small methods over many inputs, plus comparisons and hashing
samples = ["", "a", "A", "aB", "Ab Cd", "AB CD", "ab cd", "123", "1.5", "-1", "\u00bd", "\u0663", "\u00b2", " ", "\t\n",
           "a b", "_x", "x_1", "1x", "class", "\u00e9", "\u00c9", "\u03a3", "\u01c5", "\x00", "\x7f", "a\u200bb", "\U0001d7d8"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(),
          s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print(sorted(samples)[:10])
print("abc" == "abc", "a" * 3 == "aaa", hash("ab" + "c") == hash("abc"), "abc" != "abd", "" == str())
print("b" > "a", "ab" > "a", "a" < "\u00e9", "\u00e9" < "\u20ac", "\u20ac" < "\U0001f600", "Z" < "a", "10" < "9")
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(2), "%s!".__mod__("x"))
print(str.__eq__("a", "a"), str.__ne__("a", "b"), str.__lt__("a", "b"), str.__eq__("a", 1), str.__lt__("a", 1))

# str.maketrans forms and str.translate with dicts, None deletions, multi-char replacements, __getitem__ tables
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("abc", "xyz", "d")
t3 = str.maketrans({"a": "AA", "b": None, 99: 100, "\u00e9": "e"})
print(sorted(t1.items()), sorted(t2.items()), sorted(t3.items(), key=str))
for t in (t1, t2, t3):
    print("abcdd\u00e9".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}), "".translate(t1))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()
print("abxz".translate(Table()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": "c"}), lambda: str.maketrans(1), lambda: str.maketrans("a"),
            lambda: "a".translate({97: 5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abc".translate({97: 65}), "abc".translate({97: "\U0001f600"}), "caf\u00e9".translate(str.maketrans("\u00e9", "e")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
bt = bytes.maketrans(b"abc", b"ABC")
print(len(bt), b"aabbcc".translate(bt), b"aabbcc".translate(bt, b"b"), b"abc".translate(None, b"ac"), bytearray(b"cab").translate(bt))
try:
    b"a".translate(b"short")
except ValueError as e:
    print("ValueError", e)

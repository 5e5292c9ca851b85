# str subclasses, str() constructor forms, encode/decode error handlers, translate, format_map, unicode case rules
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
s = S("abc")
print(s == "abc", "abc" == s, s != "abd", s < "abd", "abb" < s, s + "d", type(s + "d").__name__, s * 2, type(s[0]).__name__)
print(hash(s) == hash("abc"), {s: 1}["abc"], {"abc": 1}[s], s in {"abc"}, "abc" in {s}, s.upper(), type(s.upper()).__name__)
print(str(s), type(str(s)).__name__, repr(s), len(s), list(s), s[::-1], "b" in s, s.startswith("a"), f"{s}", "%s" % s, "{}".format(s))
class S2(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(S2("x") == "y", "y" == S2("x"), S2("x") != "x")
class S3(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def __init__(self, v): self.orig = v
x = S3("hi"); print(x, x.orig, x == "HI", type(x).__name__)
class S4(str):
    def __str__(self): return "custom"
    def __repr__(self): return "R"
print(str(S4("a")), repr(S4("a")), "%s" % S4("a"), "{}".format(S4("a")), f"{S4('a')}", [S4("a")], S4("a") + "b", print(S4("z")))
t(str, 5); t(str, b"ab"); t(str, b"ab", "ascii"); t(str, b"\xff", "utf-8", "replace"); t(str, object=1); t(str, b"x", errors="strict"); t(str, 1, "utf-8")
t(str, bytearray(b"q"), "latin-1"); t(str, memoryview(b"m"), "utf-8"); t(str); t(str, None); t(str, [1, "a"]); t(str, 1.5e300); t(str, -0.0)
print("é".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é€".encode(encoding="utf-16-le") if False else "", "ab".encode("ascii"))
t("é".encode, "ascii"); t("x".encode, "no-such-codec"); t("\udcff".encode); t("x".encode, errors="strict")
print("é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"), b"\xe9".decode("latin-1"), b"a\xe9".decode("ascii", "backslashreplace"))
print("abc".translate({97: "x", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy")), "abc".translate(str.maketrans("a", "z", "c")))
print(str.maketrans({"a": "b", 98: None}), str.maketrans("ab", "cd"))
t(str.maketrans, "ab", "c"); t(str.maketrans, {"ab": 1}); t(str.maketrans, 5)
print("{x} {y[1]}".format_map({"x": 1, "y": [5, 6]}))
class Default(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(Default(a=1)))
t("{a}".format_map, 5); t("{a}".format_map, {})
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("ß".casefold(), "ﬃ".casefold(), "Straße".casefold() == "strasse", "ǆx".capitalize(), "hello wORLD 3rd".title(), "O'NEIL".title())
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), int("١٢٣"), float("١.٥"))
print("\t".isspace(), "\x1c".isspace(), "\u200b".isspace(), "\u3000".isspace(), "a\u0301".isalpha(), "\u0301".isalpha(), "ǅ".istitle(), "ǅ".isupper())
print("abc".center(2), "x".zfill(-1), "abc".count("", 10), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rindex("", 1, 2))
print("a" < "b", "a" < "aa", "B" < "a", "é" > "z", "\U0001F600" > "\uffff", "abc" <= "abc", max("abc", "abd"), sorted(["b", "A", "a", "é", "E"]))
t(lambda: "a" < 1); t(lambda: "a" + 1); t(lambda: 1 + "a"); t(lambda: "a" - "b"); t(lambda: -"a"); t(lambda: "%d" % "x")
print("a" "b", "abc"[-1], "abc"[1:], "héllo"[1], "héllo"[::-2], "héllo"[-3:], len("héllo"), "😀x"[1], "x😀y"[::-1], "日本語".find("語"), "日本語".index("本"))
fl = 1.0
t(lambda: "abc"[3]); t(lambda: "abc"[fl]); t(lambda: "abc"[None:1])
s = "x"; s += "y"; s *= 2; print(s, "ab" * 0, "ab" * -1, id("a") == id("a"))
for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    for s in ["a\udcffb", "\ud800", "ok"]:
        try:
            print(err, repr(s.encode("utf-8", err)))
        except UnicodeEncodeError as e:
            print(err, "UnicodeEncodeError", e)
print(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))

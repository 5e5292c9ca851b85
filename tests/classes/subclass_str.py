# subclassing str
class S(str):
    pass
s = S("hello")
print(s, len(s), s.upper(), type(s.upper()).__name__, s == "hello", "hello" == s)
print(s + " world", s[1:3], isinstance(s, str), {s: 1}["hello"])
class Shout(str):
    def shout(self):
        return self.upper() + "!"
    def __str__(self):
        return "Shout:" + str.__str__(self)
t = Shout("hey")
print(t.shout(), str(t), "%s" % t, t.replace("e", "a"))
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
p = Path("usr") / "local" / "bin"
print(p, type(p).__name__)
class CI(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print(CI("ABC") == "abc", CI("x") != "X", "abc" in [CI("ABC")])
print(sorted([S("b"), "a", S("c")]))
print(S("a,b").split(","), "-".join([S("x"), S("y")]))

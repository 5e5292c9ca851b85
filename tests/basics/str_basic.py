# string indexing, slicing, concatenation, repetition
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[1:10:3], s[10:2:-3])
print(s + "!", "ab" * 3, 3 * "x", "" * 10, "a" * 0, "a" * -1)
print(len(s), len(""), len("\n"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
print(min("hello"), max("hello"))
print(str(123), str(1.5), str(None), str([1, 'a']), str("s"))
print(repr("a'b"), repr('a"b'), repr("\n"))
try:
    s[100]
except IndexError:
    print("IndexError")
try:
    s[0] = "h"
except TypeError:
    print("TypeError")
try:
    "a" + 1
except TypeError:
    print("TypeError concat")
print(ord("a"), chr(97), ord("Z") - ord("A"))
print("".join(reversed("stressed")))
t = ""
for ch in "abc":
    t = ch + t
print(t)
print(list("hey"), tuple("hi"))
print("abc"[1:1], "abc"[-100:100], "abc"[3:])
print("%s has %d chars" % (s, len(s)))
print("x".__len__(), "ab".__add__("cd"))

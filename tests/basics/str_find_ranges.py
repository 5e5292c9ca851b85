# find/count/index/startswith with start and end arguments
s = "abracadabra"
print(s.find("a", 1), s.find("a", 1, 3), s.find("bra", 2), s.find("bra", -4), s.find("x"))
print(s.rfind("a", 0, 5), s.rfind("bra", 0, 6), s.rfind("a", -3))
print(s.index("c", 2, 6), s.rindex("ab", 0, 9))
print(s.count("a", 2), s.count("a", 2, 6), s.count("abra", 0, 4), s.count("a", -1))
print(s.startswith("cad", 4), s.startswith("abra", 0, 3), s.endswith("cad", 0, 7), s.endswith(("x", "ra")))
print(s.find(""), s.find("", 5), s.find("", 100), s.count("", 3, 5))
print(s.find("a", 100), s.count("a", 5, 2))
try:
    s.index("z", 0, 3)
except ValueError:
    print("ValueError")
print("aaa".find("aa", 1), "aaaa".rfind("aa"))

# set methods taking several iterables of different kinds; in-place variants return None
s = set("abcdef")
print(sorted(s.union("xy", ["z"], (1,), {2: 3}), key=str), sorted(s.intersection("abcz", ["a", "b", "q"], iter("ab"))), sorted(s.difference("a", ["b"], {"c": 1})))
print(sorted(s.symmetric_difference("aqz")), s.issubset("abcdefg"), s.issuperset(iter("abc")), s.isdisjoint(range(3)))
r = set(s)
print(r.update("12", ["3"]), sorted(r))
r = set(s)
print(r.intersection_update("abc", "bcd"), sorted(r))
r = set(s)
print(r.difference_update("ab", ["c"], ()), sorted(r))
r = set(s)
print(r.symmetric_difference_update("afz"), sorted(r))
print(sorted(set().union()), set(s.intersection()) == s, s.difference() == s, s.difference() is not s)
for bad in [lambda: s.union(5), lambda: s.update(1), lambda: s.issubset(1), lambda: s | "ab", lambda: s - ["a"], lambda: s.intersection_update([[]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
big1 = set(range(0, 1000, 2))
big2 = set(range(0, 1000, 3))
print(len(big1 & big2), len(big1 | big2), len(big1 - big2), len(big1 ^ big2), min(big1 & big2), max(big1 - big2))

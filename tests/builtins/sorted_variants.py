# sorted()/list.sort on many input kinds, keys, reverse flags, subclasses
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted({2.5, -1, 0}), sorted(x % 5 for x in range(12)), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted([], reverse=True), sorted([1]), sorted((1, 1, 1)))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.lower, reverse=True))
print(sorted([[3, 1], [2], [2, 0], []]), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[1]), sorted([-3, 2, -1], key=abs))
print(sorted([1.5, 1, True, False, 0.0]), sorted([2**70, 2**69, -2**70, 0]), sorted(["\u00e9", "e", "f", "E"]), sorted([b"b", b"a"]))
recs = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}, {"n": "w", "age": 25}]
print([r["n"] for r in sorted(recs, key=lambda r: r["age"])], [r["n"] for r in sorted(recs, key=lambda r: r["age"], reverse=True)])
print([r["n"] for r in sorted(sorted(recs, key=lambda r: r["n"]), key=lambda r: r["age"])])
class MyList(list):
    pass
ml = MyList([3, 1, 2])
ml.sort()
print(ml, type(ml).__name__, type(sorted(ml)).__name__)
l = [5, 1, 4]
res = l.sort()
print(res, l)
for bad in [lambda: sorted([1, None]), lambda: sorted(5), lambda: sorted([1], key=1), lambda: [2, 1].sort(key=lambda: 0), lambda: sorted([1], [2])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError")
words = "pear Apple fig banana kiwi Cherry date".split()
print(sorted(words, key=lambda w: (len(w), w.lower())), min(words, key=len), max(words, key=str.lower))

# list.index with ranges, count, nested lists, negative indices
l = ["a", "b", "c", "a", "b", "a"]
print(l.index("a"), l.index("a", 1), l.index("a", 4), l.index("b", 2, 5), l.index("a", -3))
print(l.count("a"), l.count("z"), l.count(["a"]))
try:
    l.index("c", 3)
except ValueError:
    print("ValueError")
print(l[-1], l[-6], l[len(l) - 1])
try:
    l[-7]
except IndexError:
    print("IndexError neg")
m = [[1, 2], [3, 4]]
print(m.index([3, 4]), [3, 4] in m, m.count([1, 2]))
l[-2] = "B"
print(l)
l2 = [0] * 5
for i in range(-1, -6, -1):
    l2[i] = i
print(l2)
big = [0] * 100000
big[-1] = 1
print(len(big), sum(big), big.index(1))
print([1, 2, 3][True], [1, 2, 3][-True])

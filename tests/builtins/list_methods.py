# list methods including error cases
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
l2 = [1, 2, 3, 2]
print(l2.index(2), l2.index(2, 2), l2.index(2, -2), l2.count(2), l2.index(3, 0, 3), l2.index(1, -100, 100))
t(l2.index, 9)
t(l2.index, 3, 0, 2)
t(l2.remove, 9)
print(l2.pop(), l2.pop(0), l2, l2.pop(-1), l2)
t([].pop)
t([1].pop, 5)
l3 = [1, 2]; l3.insert(-10, 0); l3.insert(100, 9); l3.insert(1, 5); l3.insert(-1, 8); print(l3)
l3.extend(range(2)); l3.extend("ab"); l3 += (7,); l3.extend({"d": 1}); print(l3)
t(l3.extend, 5)
t(lambda: l3 + (1,))
t(lambda: l3 + "s")
l4 = [1]; l4 *= 3; print(l4, l4 * 0, [0] * -1, 2 * [1, 2], [[]] * 2)
t(lambda: [1] * 1.5)
t(lambda: 2.0 * [1])
t(lambda: [1] * [2])
def imul():
    x = [1]
    x *= "a"
t(imul)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] == (1,), [1] != (1,))
nan = float("nan")
print([1, 2] <= [1, 2], [1, 3] >= [1, 2, 5], [nan] == [nan])
t(lambda: [1] < (1,))
t(lambda: [1] < ["a"])
l5 = [3, 1]; l5.reverse(); print(l5, l5.copy(), l5.clear(), l5)
print(list("abc"), list((1, 2)), list({1: 2}), list(), list(range(3)), list(b"ab"))
t(list, 1)
t(list, [1], [2])
print(list.__name__, [].__class__, isinstance([], list), len([1, [2, 3]]))
x = [1, 2, 3]
for i in x:
    if i == 1:
        x.remove(i)
print(x)
x = [3, 1, 2]
print(x.sort(), x, x.__len__(), x.__contains__(2), x.__getitem__(0))
x.__setitem__(0, 9); x.__delitem__(1); print(x, x.__iter__().__next__())
n = [1, 2]
n[len(n):] = [3]
n.append(n[:])
print(n, n.index([1, 2, 3]))

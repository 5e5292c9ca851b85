# list operations and methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(l), l[0], l[-1], l[2:5], l.count(1), l.index(5))
l.append(7); print(l)
l.extend([8, 9]); print(l)
l.insert(0, 0); l.insert(100, 100); l.insert(-1, 50); l.insert(-100, -1); print(l)
print(l.pop(), l.pop(0), l.pop(-2)); print(l)
l.remove(1); print(l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, len(l))
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2)
print(sorted(["pear", "Apple", "fig"]), sorted(["pear", "Apple", "fig"], key=str.lower))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(2 in [1, 2], 5 not in [1, 2])
print(list("abc"), list((1, 2)), list(range(3)), list({'k': 1}))
m = [1, 2, 3, 4, 5]
m[1:3] = [20, 30, 40]; print(m)
m[::2] = 'abc'; print(m)
m[:] = []; print(m)
try:
    [].pop()
except IndexError:
    print("IndexError pop")
try:
    [1].remove(2)
except ValueError:
    print("ValueError remove")
try:
    [1, 2].index(3)
except ValueError:
    print("ValueError index")
print(max([4, 8, 2]), min([4, 8, 2]), sum([4, 8, 2]))
x = [1, 2]
x[len(x):] = [3]
print(x, x * 0, x[::-1])

# list construction from many iterables, copying semantics, nested lists, repetition aliasing
print(list(range(5)), list("ab\u00e9"), list((1, 2)), list({"k": 1, "j": 2}), list({3: 1}.items()), list(b"ab"), list(bytearray(b"c")))
print(list(x * 2 for x in range(3)), list(map(str, [1, 2])), list(zip("ab", "cd")), list(enumerate("xy")), list(reversed([1, 2])), list(iter([7])))
print(list(filter(None, [0, 1, 2])), list(frozenset([1])), list(memoryview(b"z")), list(range(10, 0, -3)), list([]) == [], list() is not list())
a = [[0] * 2] * 2
a[0][0] = 9
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 9
print(b)
orig = [1, [2, 3]]
sh = orig.copy()
sh2 = orig[:]
sh3 = list(orig)
sh[1].append(4)
print(orig, sh2, sh3, sh is orig, sh[1] is orig[1])
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [5]
print(x, y, x is y)
m = [1, 2]
m[:] = m + m
print(m)
n = []
n.extend(n)
n.append(n)
print(len(n), n[0] is n)

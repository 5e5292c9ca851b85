# various for-loop target forms
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
l = [0, 0, 0]
for i, l[i] in enumerate("abc"):
    pass
print(l)
for x in [[1, 2], [3, 4]]:
    x.append(0)
print(x)
for _ in range(2):
    print("underscore loop")
for i in range(3):
    pass
print("after loop i =", i)
for ch in "hi":
    for ch2 in ch * 2:
        print(ch2, end="")
print()

# aliasing vs copying of mutable objects
a = [1, 2, [3, 4]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[2].append(99)
print(a)
print(b, b is a)
print(c, d, e)
print(c[2] is a[2])
x = {"k": [1]}
y = dict(x)
y["k"].append(2)
y["j"] = 0
print(x, y)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
t = ([],)
t[0].append(1)
print(t)
s1 = "abc"
s2 = s1
s1 += "d"
print(s1, s2)
n1 = 5
n2 = n1
n1 += 1
print(n1, n2)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 1
print(rows)

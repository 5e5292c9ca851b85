# slice assignment and deletion on lists
l = list(range(10))
l[2:5] = ["a"]
print(l)
l[1:1] = ["ins1", "ins2"]
print(l)
l[-2:] = []
print(l)
l[:0] = [-1]
print(l)
l[100:] = ["end"]
print(l)
m = list(range(10))
m[::3] = ["x", "y", "z", "w"]
print(m)
m[::-4] = [1, 2, 3]
print(m)
try:
    m[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice size")
n = list(range(10))
del n[1::2]
print(n)
del n[::-2]
print(n)
p = [1, 2, 3]
p[0:2] = range(4)
print(p)
p[1:3] = "ab"
print(p)
p[:] = (i * i for i in range(3))
print(p)
q = [1, 2, 3]
q[1:2] = q
print(q)
r = [0, 1, 2, 3, 4]
r[3:1] = [9]
print(r)
s = [1, 2, 3, 4]
s[-100:100] = [0]
print(s)

# chained assignment
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d['a'] = d['b'] = 7
print(sorted(d.items()))
class O: pass
o = O()
o.u = o.v = "same"
print(o.u, o.v)
lst = [0, 0, 0]
i = lst[1] = 9
print(i, lst)
# evaluation order: targets assigned left to right
lst2 = [0, 0]
j = 0
j = lst2[j] = 1
print(j, lst2)

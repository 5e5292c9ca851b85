# mutation during iteration, aliasing with += on immutable and mutable values, dict ordering after deletes
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
s = "ab"; u = s; s += "c"; s += "d"; v = s; s += "e"; print(s, u, v)
parts = []
acc = ""
for i in range(5):
    acc += str(i)
    parts.append(acc)
print(parts, acc[1:3], acc.find("3"), hash(acc) == hash("01234"), acc == "01234", {acc: 1}["01234"])
b = b"x"; c = b; b += b"y"; print(b, c)
l = [1]; m = l; l += [2]; print(l, m, l is m)
tu = (1,); tv = tu; tu += (2,); print(tu, tv)
d = {1: 1, 2: 2}
def mut():
    for k in d:
        d[k + 10] = 0
t(mut)
d = {1: 1, 2: 2}
def mut2():
    for k in d:
        del d[k]
t(mut2)
d = {1: 1, 2: 2}
def mut3():
    for k in d.keys():
        d[k] = 5
    return d
t(mut3)
st = {1, 2, 3}
def mut4():
    for x in st:
        st.add(x + 10)
t(mut4)
st = {1, 2, 3}
def mut5():
    for x in st:
        st.discard(x)
t(mut5)
dd = {}
for i in range(10):
    dd[i] = i
for i in range(0, 10, 2):
    del dd[i]
dd[0] = "new"
print(list(dd), dd.popitem(), dd.popitem(), list(dd))
od = dict.fromkeys("abcde")
del od["b"]; od["b"] = 1; od["a"] = 2
print(list(od.items()))
big = {i: i for i in range(1000)}
for i in range(990):
    del big[i]
print(list(big), len(big))
ks = {}.fromkeys(range(5))
it = iter(ks.values())
print(next(it))
ks.pop(3)
t(next, it)
lst = [1, 2, 3, 4]
for i, x in enumerate(lst):
    if x == 2:
        lst.pop(i)
print(lst)
lst = list(range(5))
it = iter(lst)
next(it)
lst.clear()
t(next, it)
lst = [3, 1, 2]
def keyf(x):
    lst.clear()
    return x
t(lst.sort, key=keyf)
print(lst)

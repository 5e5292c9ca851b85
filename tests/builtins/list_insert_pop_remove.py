# list insert/pop/remove/index/count/reverse across positions, in loops
l = []
for i in range(10):
    l.insert(i % 3, i)
print(l)
for pos in [0, -1, 3, -4, 100, -100]:
    m = list(range(5))
    m.insert(pos, "X")
    print(pos, m)
m = list(range(10))
print(m.pop(), m.pop(0), m.pop(3), m.pop(-2), m)
while m:
    m.pop(len(m) // 2)
print(m)
r = [1, 2, 1, 3, 1]
r.remove(1); print(r)
r.remove(1); print(r)
print(r.index(1), r.count(1), r.count(9), [].count(0))
big = list(range(100))
for i in range(50):
    big.remove(i * 2)
print(len(big), big[:5], big[-3:])
big.reverse()
print(big[:3], big.index(1), big.index(99))
s = [5, 3, 8]
s.append(s.pop(0))
s.insert(0, s.pop())
print(s)
q = []
for i in range(5):
    q.append(i)
print([q.pop(0) for _ in range(len(q))], q)
st = [[]]
st[0].append(st)
print(len(st[0]), st[0][0] is st)

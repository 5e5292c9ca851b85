# repr of self-referencing containers
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
d = {'a': 1}
d['self'] = d
print(d)
l = [d]
d['l'] = l
print(l, d)
t = ([],)
t[0].append(t)
print(t)
e = {}
e[1] = [e, {2: e}]
print(e)
x = []
x.append(x)
x.append(x)
print(x)
print([[[]]], [(), [{}]], [set()], [frozenset()])
class R:
    def __repr__(self):
        return 'R' + repr(self.items)
r = R()
r.items = [1, r.__class__.__name__]
print([r])
print(len(repr(list(range(1000)))))

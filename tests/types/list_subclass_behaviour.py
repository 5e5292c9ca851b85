# list subclasses keep their methods; slicing/ops return plain lists
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(4)
l.sort()
print(l, l.total(), type(l).__name__, len(l), l[0], l[-1])
print(type(l[:2]).__name__, type(l + [5]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l2 = l
l2 += [10]
print(l, type(l2).__name__, l2 is l)
l2 *= 2
print(len(l), type(l2).__name__, l2 is l)
print(l == [1, 2, 3, 4, 10] * 2, isinstance(l, list), [1] + L([2]))
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
g = Logged()
g.append(1)
g.extend([2])
print(g)
class NoInit(list):
    def __init__(self, *a):
        super().__init__()
        self.extra = a
n = NoInit(1, 2)
print(n, n.extra)
class Rev(list):
    def __iter__(self):
        return reversed(list.__iter__(self) and self[:])
r = Rev([1, 2, 3])
print(list(r), sorted(r), [x for x in r])
class Cmp(list):
    def __eq__(self, o):
        return 'custom eq'
print(Cmp() == [], [] == Cmp())
print(sorted(L([5, 4])), list(reversed(L([1, 2]))), L('ab'), L())

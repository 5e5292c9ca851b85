# list/tuple ordering and equality: lexicographic, nested, mixed lengths, user __eq__/__lt__ interplay
pairs = [([], []), ([], [0]), ([1], [1, 0]), ([1, 2], [1, 3]), ([2], [1, 9, 9]), ([[1]], [[1, 0]]), (["a"], ["b"]), ([1.0], [1]), ([True], [1]), ([None], [None])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b, tuple(a) < tuple(b), tuple(a) == tuple(b))
for a, b in [([1, "a"], [1, 2]), ([None], [0]), ([{}], [{}])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
    print(a == b)
print([1, 2] == (1, 2), (1, 2) == [1, 2], [1] != (1,), [] == (), [[]] == [()], ([],) == ([],))
class Rank:
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        return self.r == o.r
    def __lt__(self, o):
        return self.r < o.r
    __hash__ = None
print([Rank(1), Rank(2)] < [Rank(1), Rank(3)], [Rank(2)] > [Rank(1)], [Rank(1)] == [Rank(1)], (Rank(1),) <= (Rank(1),))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), sorted([[3], [1, 2], [1]]), [1, 2] * 2 == [1, 2, 1, 2])
a = [1, 2, 3]
b = a[:]
print(a == b, a is b, a is a[:] , id(a) == id(b))

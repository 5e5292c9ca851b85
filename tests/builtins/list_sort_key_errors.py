# list.sort robustness: keys computed once, exceptions leave the list a permutation, comparisons via __lt__ only
calls = []
def key(v):
    calls.append(v)
    return -v
data = [3, 1, 2]
data.sort(key=key)
print(data, sorted(calls), len(calls))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "L%d" % self.v
print(sorted([OnlyLt(2), OnlyLt(1), OnlyLt(3)]), sorted([OnlyLt(2), OnlyLt(1)], reverse=True))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
class Explode:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Explode.n += 1
        if Explode.n > 5:
            raise RuntimeError("stop")
        return self.v < o.v
items = [Explode(v) for v in [5, 3, 8, 1, 9, 2, 7]]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError", e, sorted(x.v for x in items))
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError:
    print("TypeError", sorted(map(str, mixed)))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 0, -1, 4]
nums.sort(key=abs, reverse=True)
print(nums)
l = list(range(20))
l.sort(key=lambda v: v % 3)
print(l)
l.sort(reverse=True)
print(l[:5])
big = [(i * 37) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))

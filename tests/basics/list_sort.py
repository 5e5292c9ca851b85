# list.sort and sorted: key, reverse, stability
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
words.sort(key=lambda w: w[-1])
print(words)
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:])
l = [3, 1, 2]
r = l.sort()
print(r, l)
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
print(sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([0.5, -1, 3, 2.5]))
s = sorted(range(20), key=lambda x: x % 3)
print(s)

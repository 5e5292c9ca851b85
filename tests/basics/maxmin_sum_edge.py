# edge cases of max/min/sum/sorted
try:
    max([])
except ValueError:
    print("ValueError max empty")
try:
    min(())
except ValueError:
    print("ValueError min empty")
print(max([], default=None), min([], default=0), max([1], default=9))
print(max(1, 1.0), max(1.0, 1), min(0, False), max("a", "ab"))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]))
print(max([3, 1, 3], key=lambda x: -x), max("abcabc", key="abc".index))
print(sum([]), sum([], 5), sum(range(5), -10), sum([0.5] * 4), sum([1, 2.5]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum str")
print(sorted([]), sorted(""), sorted([1]), sorted([2, 1], reverse=False))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)))
print(max(x * x for x in range(-5, 3)))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))

# lexicographic comparisons of sequences
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,), (0,) > ())
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]], [(1, "a")] < [(1, "b")])
print((1, "x") == (1, "x"), (1, 2) != (2, 1), (1,) == [1])
print("abc" < "abd" < "abda", "Z" < "a", "a" < "aa")
print(max([(2, "a"), (2, "b"), (1, "z")]), min(["b", "ab", "abc"]))
try:
    (1, "a") < (1, 2)
except TypeError:
    print("TypeError mixed")
print((1, "a") < (2, 2))
print([3, 1] > [2, 9, 9], [] == [], [] < [[]])
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
print(b"abc" < b"abd", bytearray(b"a") < b"b")

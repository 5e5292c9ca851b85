# membership tests with in / not in
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc")
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b"b" in b"abc", 98 in b"abc", 98 in bytearray(b"abc"))
print([1] in [[1], [2]], (1,) in [(1,)])
print(1.0 in [1], True in [1])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
print(3 in Box([1, 3]), 4 in Box([1, 3]), 4 not in Box([]))
class Iter:
    def __iter__(self):
        return iter([7, 8])
print(8 in Iter(), 9 in Iter())
class GI:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(20 in GI(), 25 in GI())
try:
    1 in 5
except TypeError:
    print("TypeError")
try:
    1 in "abc"
except TypeError:
    print("TypeError str")

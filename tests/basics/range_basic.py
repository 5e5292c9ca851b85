# range objects
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2])
print(r[1:3], list(r[1:3]), list(r[::-1]))
print(5 in r, 6 in r, 17 in r, 21 in r)
print(r.start, r.stop, r.step)
print(range(3) == range(3), range(0) == range(5, 2))
print(r.index(9), r.count(9))
print(list(range(-5, 5, 3)), list(range(-1, -10, -4)))
print(sum(range(1000)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError step 0")
try:
    r[10]
except IndexError:
    print("IndexError")
print(repr(range(0, 5)), repr(range(2, 8, 2)))
print(len(range(0, 10 ** 6)), range(10 ** 6)[-1])
print(list(reversed(range(4))))
print(bool(range(0)), bool(range(1)))

# range: len/contains/index/count/slicing/reversed with negative and large steps
rs = [range(0), range(5), range(2, 9), range(2, 9, 3), range(9, 2, -2), range(-5, 5, 4), range(5, 5), range(5, 0), range(0, -10, -3), range(-3, -10, -1)]
for r in rs:
    print(r, len(r), list(r), bool(r), r[0] if r else None, r[-1] if r else None, r[::-1], r[1:], r[::2], list(reversed(r)))
    print([v in r for v in (-9, -3, 0, 2, 4, 5, 8)], [r.count(v) for v in (0, 2, 5)], r == range(r.start, r.stop, r.step), hash(r) == hash(r[:]))
for r in rs[1:4]:
    print([r.index(v) for v in r])
try:
    range(3).index(5)
except ValueError as e:
    print("ValueError", e)
print(range(10)[2:8:2][1], range(10)[::-1][::-1] == range(10), range(0, 10, 2)[-1:0:-1], range(1, 10)[5:2:-1], range(10)[-3:-1])
print(range(3) == range(0, 3), range(0) == range(4, 2), range(1, 2) == range(1, 5, 10), range(3) != list(range(3)), sorted({range(2), range(0, 2)}, key=len))
print(1.0 in range(3), 1.5 in range(3), True in range(2), "1" in range(3), [v for v in range(3) if v in range(1, 10)])
print(sum(range(1, 101)), max(range(-5, 5)), min(range(3, 0, -1)), list(range(3)) * 2, tuple(range(4, 0, -2)), set(range(3)) == {0, 1, 2})

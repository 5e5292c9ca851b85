# sum with start (positional and keyword) and mixed types
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([1, 2], start=10), sum(range(101)), sum([0.1] * 10) == 1.0)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1, 2.5, True]), sum([2**70, 1]), sum([1j, 2]))
print(sum(x * x for x in range(10)), sum({1: 'a', 2: 'b'}), sum([], start=5), sum(iterable=[1, 2]) if False else 'skip')
for call in (lambda: sum(['a', 'b'], ''), lambda: sum(['a']), lambda: sum(1), lambda: sum([1], 2, 3),
             lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray())):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(sum([float('inf'), 1]), sum([2**62, 2**62, 2**62]))
print(sum(range(10**6)))

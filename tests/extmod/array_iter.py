# array: iteration, in, list(), sum, sorted, enumerate
from array import array

a = array('H', [3, 1, 2])
for x in a:
    print(x)
print(list(a), tuple(a), sum(a), sorted(a), max(a), min(a))
print(list(enumerate(array('d', [0.5, 1.5]))))
print(1 in a, 5 in a, 1.0 in a, 'a' in a, None not in a)
it = iter(a)
print(next(it))
a.append(9)
print(list(it))
print(list(it))
print([x * 2 for x in array('b', [-1, 1])])
print(list(reversed(array('i', [1, 2, 3]))))
print(list(zip(array('i', [1, 2]), array('f', [0.5, 0.25]))))
print(list(map(abs, array('q', [-2**62, 3]))))
print(set(array('i', [1, 1, 2])) == {1, 2})
print(array('i', [1, 2]) == array('i', iter([1, 2])))

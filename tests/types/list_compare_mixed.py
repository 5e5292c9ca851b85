# list comparison: lexicographic, mixed element types, mixed container types
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2.0])
print([1, [2, 3]] < [1, [2, 4]], [[]] < [[0]])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1] != [1])
for a, b in (([1, 'a'], [1, 2]), ([1], 'a'), ([1], (1,)), ([None], [None])):
    for op in ('<', '<=', '>', '>='):
        try:
            print(a, op, b, eval('a %s b' % op))
        except TypeError as e:
            print(a, op, b, 'TypeError', e)
print([1] == (1,), [1] != (1,), [] == None)
nan = float('nan')
x = [nan]
print(x == x, [nan] == [nan], x < x)
print(['a', 'b'] < ['a', 'c'], ['ab'] < ['b'])
print([1, 'a'] < [2, 'b'], [1, 'a'] == [1, 2])
class R:
    def __eq__(self, o):
        print('eq called')
        return False
r = R()
print([r] == [r])

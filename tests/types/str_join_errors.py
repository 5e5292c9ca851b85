# join with lists, tuples, generators, str iterables, unicode separators, and TypeError messages
print(','.join(['a', 'b']), ''.join(('x', 'y', 'z')), '-'.join('abc'), 'é'.join(iter(['1', '2'])), '日'.join([]))
print(', '.join(str(i) for i in range(5)), ''.join({'k': 1}), 'ab'.join(['', '']), ''.join([''] * 3) == '')
class S(str):
    pass
print('+'.join([S('p'), 'q']), type(''.join([S('p')])).__name__)
big = '.'.join(['ab'] * 100000)
print(len(big), big[-5:])
for bad in ([1, 2], ['a', 2], ['a', b'b'], 5, [None], ('x', 1.5)):
    try:
        print('-'.join(bad))
    except TypeError as e:
        print('TypeError', e)

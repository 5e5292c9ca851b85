# list.insert with negative, huge and boundary positions
def show(l, i, x):
    l = list(l)
    l.insert(i, x)
    print(i if type(i) in (int, bool) else "obj", l)

base = [1, 2, 3]
for i in (-100, -4, -3, -2, -1, 0, 1, 2, 3, 4, 100, 2**62):
    show(base, i, 'x')
for i in (2**70, -2**70):
    try:
        show(base, i, 'x')
    except OverflowError:
        print('OverflowError')
show([], 0, 1)
show([], -1, 1)
show([], 5, 1)
show(base, True, 'b')
class Idx:
    def __index__(self):
        return 1
show(base, Idx(), 'idx')
for bad in (1.0, '1', None):
    try:
        [].insert(bad, 1)
    except TypeError as e:
        print('TypeError', type(bad).__name__)
try:
    [].insert(1)
except TypeError:
    print('TypeError arity')
l = []
for i in range(10):
    l.insert(len(l) // 2, i)
print(l)

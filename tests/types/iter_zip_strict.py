# zip: any number of iterables, strict= keyword errors
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2], (True,) * 5)), list(zip([], 'x')))
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=True)), list(zip('ab', 'cd', strict=False)))
for args in (('ab', 'c'), ('a', 'bc'), ('ab', 'cd', 'e'), ('ab', 'cd', 'efg'), ('', 'x'), ('abc', 'ab', 'abc')):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
z = zip('ab', 'cd', strict=True)
print(next(z), type(z).__name__)
try:
    zip(1)
except TypeError as e:
    print('TypeError', e)
try:
    zip('a', 2)
except TypeError as e:
    print('TypeError', e)
try:
    zip('a', bogus=1)
except TypeError:
    print('TypeError kw')
count = [0]
def gen():
    for i in range(5):
        count[0] += 1
        yield i
print(list(zip(gen(), 'ab')), count)
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))

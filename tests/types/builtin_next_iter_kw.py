# next() and iter() argument handling
it = iter([1, 2])
print(next(it), next(it, None), next(it, 'x'), next(iter(''), 0))
try:
    next(it, default=1)
except TypeError:
    print('TypeError next kw')
try:
    next()
except TypeError:
    print('TypeError next arity')
try:
    next(it, 1, 2)
except TypeError:
    print('TypeError next 3')
try:
    iter([1], 2, 3)
except TypeError:
    print('TypeError iter 3')
class C:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration('done')
        return self.i
c = C()
print(list(c), next(c, 'end'), iter(c) is c)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoNext:
    def __iter__(self): return self
try:
    iter(NoNext())
except TypeError as e:
    print('TypeError', e)
try:
    next(NoNext())
except TypeError as e:
    print('TypeError', e)
gen = (x for x in range(2))
print(next(gen), next(gen), next(gen, 'stop'))
print(next(iter({'only': 1})), next(iter({'s'})), next(iter(range(5, 6))), next(reversed('ab')), next(enumerate('z')), next(zip('a', 'b')))

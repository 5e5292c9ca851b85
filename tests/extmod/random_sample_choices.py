# random.sample and random.choices
import random

random.seed(5)
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), type(s).__name__)
print(sorted(random.sample('abcde', 5)), random.sample([1, 2, 3], 0))
print(sorted(random.sample((1, 2, 3), k=3)))
print(sorted(random.sample(['a', 'b'], 3, counts=[2, 1])))
print(sorted(set(tuple(sorted(random.sample([1, 2, 3], 2))) for _ in range(100))))
pop = [[1], [2]]
s = random.sample(pop, 2)
print(s[0] is pop[0] or s[0] is pop[1])
for args in [([1, 2], 3), ([1, 2], -1), ([], 1)]:
    try:
        random.sample(*args)
    except ValueError:
        print('ValueError')
for bad in [{1, 2}, {'a': 1}, 5]:
    try:
        random.sample(bad, 1)
    except TypeError:
        print('TypeError')
try:
    random.sample([1, 2], 1, counts=[1])
except ValueError:
    print('ValueError counts')

c = random.choices('abc', k=20)
print(len(c), set(c) <= set('abc'))
print(random.choices('ab', [0, 1], k=5))
print(random.choices('abc', cum_weights=[0, 0, 5], k=4))
print(random.choices([7]), random.choices('xyz', k=0))
c = random.choices(range(3), [1, 0, 1], k=300)
print(sorted(set(c)))
for kw in [dict(weights=[1]), dict(weights=[0, 0]), dict(weights=[1, 1], cum_weights=[1, 2])]:
    try:
        random.choices('ab', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    random.choices([], k=1)
except IndexError:
    print('IndexError')

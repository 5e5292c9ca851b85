# range len/index/count/in with positive and negative steps
for r in (range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3)):
    print(r, len(r), list(r), 3 in r, -3 in r, r.count(4), r.count(-6))
r = range(1, 20, 3)
print(r.index(1), r.index(19), r.index(10))
for x in (2, 20, -2, 'a', 1.0, None):
    try:
        print(x, r.index(x))
    except ValueError as e:
        print('ValueError', e)
print(1.0 in r, 4.0 in r, 4.5 in r, True in r, 'a' in r, None in r)
print(r.count(1.0), r.count(4), r.count(True), r.count('x'))
class E:
    def __eq__(self, o):
        return o == 7
print(E() in r, r.count(E()), r.index(E()))
try:
    r.index()
except TypeError:
    print('TypeError')
print(len(range(-2**40, 2**40, 3)), range(2**40)[-1])
try:
    len(range(2**64))
except OverflowError as e:
    print('OverflowError', e)
print(range(2**64).__len__ is not None)

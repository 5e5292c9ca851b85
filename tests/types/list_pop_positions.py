# list.pop with default, negative and out of range positions
l = list(range(10))
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-1), l)
print(l.pop(-7), l)
print(l.pop(2), l)
for i in (5, -6, 100, -100, 2**62, 2**80, -2**80):
    try:
        l.pop(i)
    except IndexError as e:
        print('IndexError', i, e)
    except OverflowError:
        print('OverflowError', i)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    l.pop('a')
except TypeError:
    print('TypeError')
try:
    l.pop(1.5)
except TypeError:
    print('TypeError float')
print(l.pop(True), l)
while l:
    l.pop()
print(l)

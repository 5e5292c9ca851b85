# slice assignment with steps, size mismatches and self-assignment
l = list(range(10))
l[::2] = 'abcde'
print(l)
l[1::2] = [10, 11, 12, 13, 14]
print(l)
l[::-3] = (7, 8, 9, 6)
print(l)
for seq in ([1, 2], [1, 2, 3, 4, 5, 6]):
    try:
        m = list(range(10))
        m[::3] = seq
    except ValueError as e:
        print('ValueError', e)
try:
    m = list(range(6))
    m[::-2] = []
except ValueError as e:
    print('ValueError', e)
m = list(range(6))
m[5:1:2] = []
print(m)
m = [1, 2, 3]
m[1:1] = [9, 9, 9]
print(m)
m[:] = m
print(m)
m[::2] = m[::2]
print(m)
m[::-1] = m
print(m)
m[1:3] = range(5)
print(m)
m[-100:-90] = 'xy'
print(m)
m[100:] = 'z'
print(m)
try:
    m[1:2] = 5
except TypeError:
    print('TypeError')
try:
    m[::2] = 5
except TypeError:
    print('TypeError ext')
m = [1, 2, 3]
m[::1] = (x * 2 for x in range(5))
print(m)
m[3:1] = [0]
print(m)
m = [0] * 4
m[::-1] = iter([1, 2, 3, 4])
print(m)

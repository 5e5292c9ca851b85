# round(int, ndigits) including negative digits, ties to even, big ints
for n in (0, 5, 15, 25, 35, 45, -5, -15, -25, 1234, 1250, 1350, -1250, 999, 10**30 + 5 * 10**9):
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3), round(n, -10))
print(round(2**100, -20), round(-(2**100), -20), round(123, -100))
print(type(round(5)).__name__, type(round(5, 2)).__name__, type(round(5, -1)).__name__)
print(round(True), round(True, -1), type(round(True)).__name__)
try:
    round(5, 1.0)
except TypeError as e:
    print('TypeError', e)
try:
    round(5, None)
    print('ok none')
except TypeError as e:
    print('TypeError', e)
print(round(-123456, 2**70), round(123456, -50))
print((10**20 + 5).__round__(-1), (25).__round__(-1), (35).__round__(-1))

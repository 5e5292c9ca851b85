# floor division, modulo and divmod of big and mixed-sign ints; zero division messages
a = 3 ** 200
b = 7 ** 90
for x in (a, -a, a + 1, -a - 1):
    for y in (b, -b, 3, -3, 2**64, -(2**64), 1, -1):
        q, r = divmod(x, y)
        print(q % 1000003, r % 1000003, q * y + r == x, x // y == q, x % y == r, (r == 0) or ((r < 0) == (y < 0)))
print(divmod(10**50, 10**25), divmod(-(10**50), 10**25))
print(divmod(2**50, -1), -(2**50) // -1, (-(2**50)) % -1)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, -5))
for f in (lambda: 5 // 0, lambda: 5 % 0, lambda: divmod(5, 0), lambda: (2**80) // 0, lambda: (2**80) % 0, lambda: divmod(2**80, 0), lambda: 5 / 0, lambda: (2**80) / 0):
    try:
        f()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2**70, 3.0))

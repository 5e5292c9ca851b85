# division and modulo of big negative numbers
vals = [10 ** 25 + 7, -(10 ** 25 + 7), 3, -3, 10 ** 12, -(10 ** 12)]
for a in vals:
    for b in vals:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r > 0) == (b > 0))
        print(q, r)
print(-(2 ** 65) // 2, -(2 ** 65) % 3)
print(-1 // (2 ** 70), -1 % (2 ** 70))
print((-(2 ** 70)) // -1)

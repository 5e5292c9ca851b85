# true division of ints is correctly rounded, even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / 5, -0 / 5)
print(2**53 / 1, (2**53 + 1) / 1, (2**53 + 3) / 1)
print((10**30) / (10**15), (10**400) / (10**390), 10**400 / 10**401)
print((2**1100) / (2**1000), (3**700) / (3**690))
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076)
print((2**1024 - 2**971) / 1, (2**1024 - 2**971 - 1) / 1)
try:
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print('OverflowError', e)
for x, y in [(2**1024, 1), (10**400, 3), (1, 10**400), (-1, 10**400)]:
    try:
        print(x / y)
    except OverflowError as e:
        print('OverflowError', e)
print(123456789012345678901234567890 / 987654321)
print(float(2**53 + 1), float(-(2**64 + 1)), float(10**22), float(10**23))
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
print(7 / 7, -(10**20) / 10**20, (2**63) / (2**62))

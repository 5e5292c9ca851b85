# floor division and modulo with all sign combinations
for a in (7, -7, 6, -6, 0):
    for b in (3, -3, 1, -1, 7):
        print(a, b, a // b, a % b, divmod(a, b))
# invariant a == (a//b)*b + a%b
for a in range(-10, 11):
    for b in (-4, -3, 3, 4):
        assert (a // b) * b + a % b == a
print("invariant ok")
try:
    1 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError divmod")
big = 10 ** 30
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)

# comparisons of ints, floats, bools, mixed
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5)
print(True == 1, False == 0, True + True, True > False)
print(10 ** 20 > 10 ** 19, -10 ** 20 < 10, 10 ** 20 == 10 ** 20)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(1 == 1 + 0j, (1 + 0j) == 1.0)
print(max(1, 2.5, 2), min(-1, -1.5))
print(0 == -0, 0.0 == -0.0)
print(sorted([3, 1.5, 2, -1, 0.5, True]))
print(1 == "1", 1 != "1", None == 0)
try:
    1 < "1"
except TypeError:
    print("TypeError int<str")
try:
    None < 1
except TypeError:
    print("TypeError None<int")
print(float('inf') > 10 ** 300, -float('inf') < -10 ** 300)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1)

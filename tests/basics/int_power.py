# integer power, including modular pow
print(3 ** 4, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 4 ** 0.5, (-8) ** 2)
print(10 ** 20, 7 ** 30)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(10, 100, 7))
print(pow(2, 1000, 1000007), pow(123456789, 98765, 1000000007))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(0, 0, 7))
print(pow(7, 0, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(2 ** 100 == pow(2, 100))
x = 5
x **= 3
print(x)
print(sum(i ** 3 for i in range(10)))
print(pow(2 ** 70, 3, 2 ** 61 - 1))

# big integers: factorial, powers, str
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(100))
print(len(str(fact(200))))
print(2 ** 200)
print(3 ** 150)
print(fact(30) // fact(28))
print(fact(50) % 1000000007)
print(sum(int(c) for c in str(fact(100))))
x = 1
for i in range(100):
    x = x * 2 + 1
print(x)
print(x + 1 == 2 ** 101)
print(str(10 ** 50), repr(10 ** 50))
print(-(10 ** 40) - 1)

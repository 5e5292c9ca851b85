# chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 4 < 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(5))
print(calls)
print(1 in [1, 2] in [[1, 2]])
a = b = []
print(a is b is not None)
print("a" < "b" <= "b" < "c")
print((1, 2) < (1, 3) < (2,))
print(2 > 1 == 1)
print(not 1 < 0)

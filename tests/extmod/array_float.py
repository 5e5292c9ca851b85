# array: f and d codes, float repr, conversions
from array import array

d = array('d', [0.1, 0.2, 1 / 3, 1e-300, 1e300, -0.0, 5])
print(d)
f = array('f', [0.1, 0.2, 1 / 3, 1e-50, 1e50, -0.0, 5, 16777217])
print(f)
print(f[0] == 0.1, d[0] == 0.1, f.tolist()[-1])
print(array('d', [float('inf'), float('-inf')]), repr(array('d', [float('nan')])[0]))
f[0] = 2
f.append(True)
print(f)

class F:
    def __float__(self):
        return 2.5

print(array('d', [F()]))
print(array('f', [2 ** 100]))
try:
    array('d', [10 ** 400])
except OverflowError as e:
    print('OverflowError', e)
try:
    array('f', ['1.0'])
except TypeError as e:
    print('TypeError', e)
print(array('d', [1.5]) + array('d', [2]), array('f', [1]) * 2)
print(sum(array('d', [0.5] * 10)), max(array('f', [1, 3, 2])))
print(array('d', array('f', [0.5, 0.25])))

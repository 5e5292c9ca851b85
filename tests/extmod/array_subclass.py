# array: subclasses of array.array
from array import array

class A(array):
    def total(self):
        return sum(self)

a = A('i', [1, 2, 3])
print(a.total(), len(a), a[1], list(a), isinstance(a, array), a.typecode, a.itemsize)
a.append(4)
print(a.total(), a.tobytes())
print(a == array('i', [1, 2, 3, 4]), array('i', [1, 2, 3, 4]) == a)
print(bytes(a)[:4])
b = array('i', [0]) + a
print(b)
a[0:2] = array('i', [7])
print(list(a))

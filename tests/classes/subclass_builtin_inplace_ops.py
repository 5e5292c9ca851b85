class L(list):
    pass
x = L([1])
x += [2]
print(type(x).__name__, x)
x *= 2
print(type(x).__name__, x)
class D(dict): pass
d = D(a=1)
d |= {'b': 2}
print(type(d).__name__, d)
class S(set): pass
s = S({1})
s |= {2}; s &= {1, 2, 3}; s -= {5}
print(type(s).__name__, sorted(s))
class B(bytearray): pass
b = B(b'a'); b += b'b'
print(type(b).__name__, b)
class I(int): pass
i = I(5); i += 1
print(type(i).__name__, i)

# abs and divmod for every number type and __abs__
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2**70), abs(True), abs(False), abs(-1.5), abs(3 + 4j), abs(-float('inf')))
print(abs(-2**62), type(abs(-2**62)).__name__, abs(float('nan')))
class A:
    def __abs__(self): return 'absolute'
print(abs(A()))
for bad in ('1', None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print('TypeError', e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5), divmod(2**70, 7), divmod(-2**70, 2**35 + 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-0.0, 1), divmod(1, float('inf')), divmod(-1, float('inf')))
print(divmod(True, 2), divmod(5, True))
for args in ((1, 0), (1.0, 0), (1, 0.0), (2**70, 0), ('a', 1), (1j, 1)):
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1)
except TypeError:
    print('TypeError arity')

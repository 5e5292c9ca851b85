# a more complex C3 linearisation and an inconsistent hierarchy
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
class T1: x = "T1"
class T2(T1): pass
class T3(T1): x = "T3"
class T4(T2, T3): pass
print(T4.x, [k.__name__ for k in T4.__mro__])
try:
    class Bad(A, K1):
        pass
    print("created?!")
except TypeError:
    print("TypeError inconsistent MRO")
try:
    class Dup(A, A):
        pass
except TypeError:
    print("TypeError duplicate base")
class M1: 
    def f(self): return "M1"
class M2:
    def f(self): return "M2"
    def g(self): return "M2.g"
class M3(M1, M2): pass
print(M3().f(), M3().g())

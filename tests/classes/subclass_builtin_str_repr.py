class I(int):
    def __repr__(self): return "I!"
print(str(I(1)), repr(I(1)), "%s" % I(2), f"{I(3)}", [I(4)])
class F(float):
    def __repr__(self): return "F!"
print(str(F(1)), repr(F(1)))
class S(str):
    def __repr__(self): return "S!"
print(str(S("a")), repr(S("a")))
class T(tuple):
    def __repr__(self): return "T!"
print(str(T()), [T()])
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError", e)
print((7).__pow__(2, 5), pow(7, 2, 5))

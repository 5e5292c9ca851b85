# Ellipsis literal
e = ...
print(e, repr(e), e is Ellipsis, type(e).__name__)
def stub():
    ...
print(stub())
print(... == ..., bool(...))
x = [1, ..., 3]
print(x)
class C:
    def __getitem__(self, k):
        return k is Ellipsis
print(C()[...])
print(str(Ellipsis))

# imports inside functions bind local names
def f():
    import _mod_a
    from _mod_noall import alpha
    return _mod_a.value, alpha
print(f())
try:
    _mod_a
except NameError:
    print("_mod_a is not global")
def g():
    global _mod_counter
    import _mod_counter
g()
print(_mod_counter.bump(), _mod_counter.bump())
class C:
    import _mod_noall as mod
    def m(self):
        return self.mod.beta
print(C().m(), C.mod.func())

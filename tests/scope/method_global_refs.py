# methods can use module-level names defined after the class
class Calc:
    def run(self, v):
        return helper(v) + OFFSET
    @classmethod
    def make(cls):
        return cls()
def helper(v):
    return v * 2
OFFSET = 100
print(Calc.make().run(5))
OFFSET = 1000
print(Calc().run(5))
def factory():
    class Local:
        def get(self):
            return later_defined()
    def later_defined():
        return "enclosing function name resolved at call time"
    return Local()
print(factory().get())

# traceback through methods, lambdas and nested calls
class Handler:
    def process(self, items):
        return self.check_all(items)
    def check_all(self, items):
        fn = lambda v: self.check(v)
        for i in items:
            fn(i)
    def check(self, v):
        if v > 2:
            raise RuntimeError("value too big: %d" % v)
print("start")
Handler().process([1, 2, 3])
print("not reached")

# attributes attached to exception instances
e = Exception("x")
e.code = 42
e.details = {"k": "v"}
print(e.code, e.details, e.args)
try:
    err = ValueError("bad")
    err.field = "name"
    raise err
except ValueError as caught:
    print(caught.field, caught)
class WithInit(Exception):
    def __init__(self, msg, status):
        super().__init__(msg)
        self.status = status
try:
    raise WithInit("oops", 500)
except WithInit as w:
    print(w.status, w, w.args)
class WithStr(Exception):
    def __str__(self):
        return "custom str: " + ",".join(map(str, self.args))
print(str(WithStr(1, 2)), repr(WithStr(1)))
try:
    raise WithStr("a")
except Exception as x:
    print(x)

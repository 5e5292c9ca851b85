# KeyError string forms and other key-related behaviour
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, repr(e.args[0]))
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args)
try:
    raise KeyError("msg")
except KeyError as e:
    print(str(e), repr(e))
print(str(KeyError(5)), str(KeyError("")), repr(KeyError()))
d = {}
try:
    d.pop("missing")
except KeyError as e:
    print("pop", e.args)
try:
    set().pop()
except KeyError:
    print("set pop KeyError")

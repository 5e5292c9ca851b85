# helper module for import tests
print("executing _mod_a, __name__ =", __name__)
value = 42
items = [1, 2, 3]
def greet(name):
    return "hello " + name
def get_value():
    return value
class Thing:
    def __init__(self, v):
        self.v = v
_private = "private"

# docstrings are allowed as first statement and do not change behaviour
def f():
    """This is a docstring."""
    return 1
print(f())
def g():
    '''Multi
    line
    docstring'''
    x = 2
    return x
print(g())
class C:
    """Class docstring."""
    def m(self):
        "method docstring"
        return "m"
print(C().m())
def only_doc():
    """nothing else"""
print(only_doc())
def expr_statements():
    "doc"
    "another string statement"
    42
    return "ok"
print(expr_statements())

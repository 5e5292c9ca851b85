# helper module without __all__
alpha = "a"
beta = "b"
_hidden = "hidden"
def func():
    return "func"

DEEP = "deep value"
def name():
    return __name__

print("pkg.sub executing, __name__ =", __name__)
SUB = "sub value"
def where():
    return __name__

# helper module for const tests
from micropython import const
X = const(1)
_Y = const(2)
Z = const(X + _Y * 10)
def get_y():
    return _Y
def get_all():
    return X, _Y, Z

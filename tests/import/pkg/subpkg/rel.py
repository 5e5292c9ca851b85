from .. import sub
from ..sub import SUB
from . import deep
from .deep import DEEP as D
from .. import PKG_NAME
def report():
    return [sub.SUB, SUB, deep.DEEP, D, PKG_NAME, __name__]

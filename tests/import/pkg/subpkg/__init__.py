from . import deep
SUBPKG = "subpkg value"

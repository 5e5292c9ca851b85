print("pkg __init__ executing")
PKG_NAME = "pkg"
def pkg_func():
    return "pkg_func"

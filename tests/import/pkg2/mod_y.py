from .mod_x import X
Y = X.replace("x", "y", 1)

# helper module that fails during import
print("_mod_raises executing")
x = 1
raise ValueError("failure during import")

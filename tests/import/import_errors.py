# ImportError for missing modules and names
try:
    import _no_such_module_xyz
except ImportError as e:
    print("ImportError", isinstance(e, ImportError))
try:
    from _mod_a import no_such_name
except ImportError:
    print("ImportError for missing name")
try:
    import pkg.no_such_sub
except ImportError:
    print("ImportError for missing submodule")
try:
    from pkg import no_such_thing
except ImportError:
    print("ImportError from package")
import sys
try:
    import _mod_raises
except ValueError as e:
    print("ValueError during import:", e)
print("_mod_raises" in sys.modules)
try:
    import _mod_raises
except ValueError as e:
    print("second import runs the module again:", e)
print("still running")

# functions defined in a module use that module's globals
value = "importer's value"
import _mod_a
print(_mod_a.get_value())
from _mod_a import get_value
print(get_value())
def get_value_here():
    return value
print(get_value_here())
_mod_a.value = "patched in module"
print(get_value(), value)
import _mod_counter
count = 999
print(_mod_counter.bump(), count)

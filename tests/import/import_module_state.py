# module-level state shared between importers
import _mod_counter
from _mod_counter import bump, count
print(bump(), bump(), _mod_counter.count, count)
import _mod_counter as again
print(again.bump(), _mod_counter.count)
_mod_counter.count = 100
print(bump())
_mod_counter.new_attr = "set from outside"
import _mod_counter as third
print(third.new_attr)
print(sorted(n for n in dir(_mod_counter) if not n.startswith("__")))

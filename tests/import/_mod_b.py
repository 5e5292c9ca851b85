# helper module importing another helper module
import _mod_a
from _mod_a import greet as _greet
def double_value():
    return _mod_a.value * 2
def shout(name):
    return _greet(name).upper()

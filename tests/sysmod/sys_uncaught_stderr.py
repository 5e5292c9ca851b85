# An uncaught exception's traceback goes to the current sys.stderr
import sys

class Marked:
    def write(self, text):
        sys.__stdout__.write("<" + text + ">")

print("start")
sys.stderr = Marked()
def f():
    raise RuntimeError("to the replaced stderr")
f()

# uncaught exception: MicroPython-format traceback on the output
def f():
    raise ValueError("boom")

f()
print("not reached")

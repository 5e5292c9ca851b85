# an exception raised directly at module level, after some output
print("line one")
x = [1, 2, 3]
print(sum(x))
raise RuntimeError("stopped at top level")
print("not reached")

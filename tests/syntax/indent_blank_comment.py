# blank lines and comment lines do not affect indentation
def f():

    x = 1
# a comment at column 0 inside a function
        # an over-indented comment

    y = 2
    
    return x + y
print(f())

if 1:
    pass
    # trailing comment

print("after")

while False:
    pass
else:
        # comment
    print("while else")
# final comment without newline issues
def g(): return "one-liner"
print(g())
if 1: print("simple stmt after colon"); print("two")

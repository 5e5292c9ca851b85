# global statement
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global newvar
    newvar = "created"
make()
print(newvar)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
def delg():
    global newvar
    del newvar
delg()
print('newvar' in globals())
class K:
    global kvar
    kvar = "from class"
print(kvar)

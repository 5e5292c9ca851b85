# return statement forms
def none1():
    pass
def none2():
    return
def none3():
    return None
print(none1(), none2(), none3())
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return "found %d" % i
    return "not found"
print(early(-1), early(3), early(50))
def tup():
    return 1, 2
print(tup(), type(tup()).__name__)
def in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(in_while())
def nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 12:
                return i, j
print(nested_loops())
def ret_func():
    return lambda: "from lambda"
print(ret_func()())
def star_ret():
    a = [1, 2]
    return (*a, 3)
print(star_ret())
def cond_ret(v):
    return "yes" if v else "no"
print(cond_ret(1), cond_ret(0))

# exceptions unwinding through many frames, with finally blocks on the way
log = []
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    finally:
        log.append(n)
try:
    level(20)
except ValueError as e:
    print(e, log[:5], log[-3:], len(log))
def catch_midway(n, catch_at):
    try:
        if n == 0:
            raise KeyError("k")
        return catch_midway(n - 1, catch_at)
    except KeyError:
        if n == catch_at:
            return "caught at %d" % n
        raise
print(catch_midway(10, 7), catch_midway(10, 0), catch_midway(10, 10))
def rec_gen(n):
    if n == 0:
        raise IndexError("gen bottom")
    yield from rec_gen(n - 1)
try:
    list(rec_gen(15))
except IndexError as e:
    print(e)
def through_lambda():
    f = lambda: [][0]
    return list(map(lambda x: f(), [1]))
try:
    through_lambda()
except IndexError:
    print("IndexError through lambdas and map")

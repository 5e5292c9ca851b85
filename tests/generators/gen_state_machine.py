# a generator used as a state machine / coroutine
def traffic_light():
    while True:
        for state, ticks in (("green", 3), ("yellow", 1), ("red", 2)):
            for _ in range(ticks):
                yield state
light = traffic_light()
print([next(light) for _ in range(8)])
def parser():
    tokens = []
    current = ""
    while True:
        ch = yield
        if ch is None:
            break
        if ch.isdigit():
            current += ch
        else:
            if current:
                tokens.append(int(current))
                current = ""
            if ch.strip():
                tokens.append(ch)
    if current:
        tokens.append(int(current))
    return tokens
p = parser()
next(p)
for c in "12+ 345*6":
    p.send(c)
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
pr = printer(">>")
next(pr)
gp = grep("py", pr)
next(gp)
for line in ["python rocks", "java", "micropython", "c"]:
    gp.send(line)

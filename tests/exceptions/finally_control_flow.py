# return/break/continue interacting with finally
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally overrides"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"
print(swallow())
def brk():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(brk())
def cont():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(cont())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return "broke out, exception discarded, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())
def nested():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(nested())
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print("iteration", i)
print(while_finally())
def value_captured():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
print(value_captured())

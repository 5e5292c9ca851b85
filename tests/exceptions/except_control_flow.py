# return/break/continue inside except and else blocks
def ret_from_except(v):
    try:
        return 10 // v
    except ZeroDivisionError:
        return "inf"
    finally:
        print("finally for", v)
print(ret_from_except(2), ret_from_except(0))
out = []
for v in [1, 0, 2, "x", 3]:
    try:
        r = 6 // v
    except ZeroDivisionError:
        continue
    except TypeError:
        break
    else:
        out.append(r)
print(out)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
    return None
print(first_int(["a", "b", "42", "7"]), first_int(["x"]))
def else_return(v):
    try:
        r = 100 // v
    except ZeroDivisionError:
        return "error"
    else:
        return "ok %d" % r
print(else_return(5), else_return(0))
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        break
print("stopped at", i)

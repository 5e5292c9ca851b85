# deeply nested try statements
def deep(n, log):
    try:
        if n == 0:
            raise ValueError("deep")
        deep(n - 1, log)
    except ValueError:
        log.append(n)
        if n < 3:
            raise
log = []
deep(6, log)
print(log)
def nest():
    out = []
    try:
        try:
            try:
                try:
                    raise KeyError
                finally:
                    out.append(4)
            except IndexError:
                out.append("wrong")
            finally:
                out.append(3)
        except KeyError:
            out.append("caught at 2")
            raise TypeError
        finally:
            out.append(2)
    except TypeError:
        out.append("caught at 1")
    finally:
        out.append(1)
    return out
print(nest())

# all combinations of try/except/else/finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("v")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def only_finally(fail):
    log = []
    try:
        try:
            log.append("try")
            if fail:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer caught")
    return log
print(only_finally(False), only_finally(True))
def except_else(fail):
    try:
        if fail:
            raise TypeError
    except TypeError:
        return "except"
    else:
        return "else"
print(except_else(True), except_else(False))
def multiple(exc):
    try:
        raise exc
    except ValueError:
        return "ValueError"
    except (TypeError, KeyError):
        return "TypeError or KeyError"
    except Exception:
        return "Exception"
for e in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError("z")]:
    print(multiple(e))
try:
    pass
except:
    print("never")
else:
    print("bare except not triggered")
try:
    raise RuntimeError
except:
    print("bare except caught")
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "inner except"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught " + str(e)
print(else_raises())

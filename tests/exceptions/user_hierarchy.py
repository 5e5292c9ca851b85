# user-defined exception hierarchies and handler selection
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError): pass
class UIError(AppError): pass
def handle(exc):
    try:
        raise exc
    except ConnError:
        return "conn"
    except DBError as e:
        return "db:" + type(e).__name__
    except AppError:
        return "app"
    except Exception:
        return "other"
for e in [ConnError(), QueryError(), DBError(), UIError(), AppError(), KeyError()]:
    print(type(e).__name__, handle(e))
print([c.__name__ for c in ConnError.__mro__])
try:
    raise QueryError("bad sql")
except (UIError, ConnError):
    print("wrong")
except AppError as e:
    print("AppError handler got", type(e).__name__, e)
def order_matters():
    try:
        raise ConnError
    except AppError:
        return "first matching handler wins"
    except ConnError:
        return "never"
print(order_matters())

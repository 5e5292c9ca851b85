try:
    try:
        raise KeyError(1)
    except (ValueError, (TypeError, KeyError)) as e:
        print("caught", repr(e))
except TypeError as e:
    print("TE", e, repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except 5:
        print("caught")
except TypeError as e:
    print("TE", e, repr(e.__context__))

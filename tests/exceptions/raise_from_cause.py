# raise X from Y sets __cause__ and __suppress_context__
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__.args, v.__suppress_context__)
    print(type(v.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("no cause") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__, type(v.__context__).__name__)
try:
    raise TypeError("t") from ValueError("explicit")
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, t.__context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise RuntimeError from KeyError
except RuntimeError as r:
    print(type(r.__cause__).__name__)

# Argument-count errors of the container constructors and dict.update: the
# exact CPython messages (shared helper mp_arg_check_counts).
tests = [lambda: range(), lambda: range(1,2,3,4), lambda: range(x=1), lambda: slice(), lambda: slice(1,2,3,4), lambda: slice(a=1),
  lambda: tuple(1,2), lambda: tuple(x=1), lambda: dict(1,2), lambda: {}.update(1,2), lambda: set(1,2), lambda: frozenset(1,2), lambda: set(x=1), lambda: frozenset(x=1),
  lambda: filter(1), lambda: filter(1,2,3), lambda: filter(x=1), lambda: reversed(), lambda: reversed(1,2), lambda: reversed(x=1), lambda: map(x=1), lambda: map(1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

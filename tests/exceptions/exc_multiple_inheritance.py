# exception classes with multiple bases
class NotFoundError(KeyError, LookupError):
    pass
class BadValueKey(KeyError, ValueError):
    pass
try:
    raise BadValueKey("both")
except ValueError as e:
    print("caught as ValueError", type(e).__name__)
try:
    raise BadValueKey("both")
except KeyError as e:
    print("caught as KeyError", e.args)
print(issubclass(BadValueKey, (ValueError,)), issubclass(BadValueKey, LookupError))
print([c.__name__ for c in NotFoundError.__mro__])
class Mixin:
    def describe(self):
        return "%s: %s" % (type(self).__name__, self.args[0])
class DescribedError(Mixin, RuntimeError):
    pass
try:
    raise DescribedError("with mixin")
except RuntimeError as e:
    print(e.describe(), isinstance(e, Mixin))

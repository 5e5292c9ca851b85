# Exceptions: raising and catching in tight loops - built-in and user
# exception classes, hierarchies, re-raise, finally, exceptions crossing
# several call frames, and exceptions used for control flow (StopIteration,
# KeyError/IndexError from containers, ValueError from int()).
import sys

N = 250000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key


class Invalid(AppError):
    code = 7


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key)


def validate(x):
    if x % 5 == 0:
        raise Invalid("multiple of five", x)
    return x


def deep(n, x):
    if n == 0:
        if x % 3 == 0:
            raise ValueError(x)
        return x
    return deep(n - 1, x) + 1


def with_finally(x, log):
    try:
        if x & 1:
            raise AppError(x)
        return x
    finally:
        log[0] += 1


def parse_all(items):
    good = 0
    bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad


def main():
    table = {}
    for i in range(0, 100, 3):
        table[i] = i * i
    found = missing = invalid = other = 0
    keysum = 0
    for i in range(N):
        try:
            found += lookup(table, i % 100)
            validate(i)
        except NotFound as e:
            missing += 1
            keysum += e.key
        except Invalid as e:
            invalid += e.code + len(e.args)
        except AppError:
            other += 1

    deep_ok = deep_err = 0
    for i in range(N // 4):
        try:
            deep_ok += deep(8, i)
        except ValueError as e:
            deep_err += e.args[0] % 7

    log = [0]
    fin = 0
    for i in range(N):
        try:
            fin += with_finally(i, log)
        except AppError:
            fin -= 1

    rer = 0
    for i in range(N // 2):
        try:
            try:
                [][i]
            except IndexError:
                rer += 1
                raise
        except LookupError:
            rer += 2

    good = bad = 0
    for base in range(0, N // 2, 1000):
        items = []
        for i in range(base, base + 1000):
            items.append(str(i) if i % 4 else "x%d" % i)
        g, b = parse_all(items)
        good += g
        bad += b

    it_count = 0
    for i in range(N // 10):
        it = iter(range(i % 5))
        while True:
            try:
                next(it)
                it_count += 1
            except StopIteration:
                break

    print("missing %d invalid %d" % (missing, invalid))
    print("checksum %d %d %d %d %d %d %d %d %d %d %d %d %d" % (
        found, missing, invalid, other, keysum, deep_ok, deep_err, log[0],
        fin, rer, good, bad, it_count))


main()

# exceptions raised inside the iterators of builtins propagate unchanged
def gen(n, exc=None):
    for i in range(n):
        yield i
    if exc:
        raise exc
for make in (lambda: list(map(abs, gen(2, KeyError('k')))),
             lambda: list(filter(None, gen(2, IndexError('i')))),
             lambda: list(zip(gen(3, ValueError('v')), 'abcdef')),
             lambda: list(enumerate(gen(1, TypeError('t')))),
             lambda: sorted(gen(2, LookupError('l'))),
             lambda: sum(gen(3, ArithmeticError('a'))),
             lambda: max(gen(2, RuntimeError('r'))),
             lambda: dict(zip(gen(2, OSError('o')), gen(5))),
             lambda: set(gen(2, AttributeError('at'))),
             lambda: tuple(gen(1, ZeroDivisionError('z'))),
             lambda: ''.join(map(str, gen(2, NameError('n')))),
             lambda: any(gen(1, EOFError('e'))),
             lambda: [].extend(gen(1, MemoryError('m'))),
             lambda: {}.fromkeys(gen(1, UnicodeError('u')))):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
def f(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(f, [0, 1, 2, 3])))
def g():
    yield 1
    raise StopIteration
try:
    list(g())
except RuntimeError as e:
    print('RuntimeError', e)
print(list(zip('ab', gen(5))), list(zip(gen(5), 'ab')))

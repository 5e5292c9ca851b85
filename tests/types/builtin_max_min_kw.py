# max/min with key=, default=, several args, errors
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min('b', 'a', 'c'), max('hello'), min((5,)))
print(max([], default=None), min([], default='empty'), max([1], default=9), max(iter([]), default=0))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max('a', 'BB', key=str.lower))
print(max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([2, 1, 1.0, True], key=abs))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), max(2**70, 3), min(-2**70, 3.5))
print(max([], key=len, default='d'), max(5, 6, key=None))
for call in (lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0),
             lambda: max([1, 'a']), lambda: max([1], foo=1), lambda: max([1], key=5)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nan = float('nan')
print(max([nan, 1]), max([1, nan]), min([nan, 2, 1]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'K%d' % self.v
print(max(K(1), K(3), K(2)), min([K(5), K(4)]))
print(max({'x': 1, 'y': 0}), max({'x': 1, 'y': 0}, key={'x': 1, 'y': 0}.get))
def g():
    yield 4
    yield 9
print(max(g()), min(g(), default=None))

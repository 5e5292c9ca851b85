# print(*objects, sep=' ', end='\n', file=None, flush=False)
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ', end='!\n')
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print()
print(*[], sep='x')
print(*'abc', sep='-')
print('x', file=sys.stdout, flush=True)
print('y', file=None)
print('é', 'ü', 'ⅷ', '😀', sep='|')
for kw in ({'sep': 1}, {'end': 2}, {'bogus': 1}, {'file': 5}):
    try:
        print('z', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('to', 'w', sep='+', end='.', file=w)
print(file=w)
print(w.parts)
class S:
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
print(S(), [S()], (S(),), {1: S()})
print(None, True, 1.0, -0.0, 2**64, 1e100, b'b', 'str', ['str'])
print('a\nb', 'tab\there', sep='\n---\n')

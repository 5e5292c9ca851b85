# slice objects reaching user __getitem__/__setitem__/__delitem__ unchanged
class Log:
    def __getitem__(self, k):
        return ('get', k)
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
o = Log()
print(o[1:2], o[::], o[:'z'], o['a':'b':'c'], o[None:None:None], o[1:2, 3], o[..., 1:], o[-1::-1])
o[1:2] = 'x'
o[::2] = [1]
del o[5:]
del o[:, :]
s = o[1:5:2][1]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(3))
print(o[1.5:2.5][1].start, o[[1]:{}][1])
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __repr__(self): return 'Seq(%r)' % (self.data,)
q = Seq([1, 2, 3, 4, 5])
print(q[1:4], q[::-1], q[::2][::-1], list(q), list(reversed(q)), 3 in q, q[-1])
r = slice(1, 4)
print([10, 20, 30, 40, 50][r], 'abcdef'[r], (1, 2, 3, 4, 5)[r], range(10)[r], b'abcdef'[r], q[r])

# user classes interacting with builtin types and functions
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __lt__(self, o):
        return self.deg < (o.deg if isinstance(o, Temp) else o)
    def __gt__(self, o):
        return self.deg > (o.deg if isinstance(o, Temp) else o)
    def __eq__(self, o):
        return self.deg == (o.deg if isinstance(o, Temp) else o)
    def __hash__(self):
        return hash(self.deg)
    def __repr__(self):
        return "T%d" % self.deg
    def __radd__(self, o):
        return o + self.deg
    def __add__(self, o):
        return Temp(self.deg + (o.deg if isinstance(o, Temp) else o))
ts = [Temp(30), Temp(10), Temp(20)]
print(sorted(ts), max(ts), min(ts), sum(ts), sum(ts, Temp(0)))
print(Temp(5) < 6, 6 > Temp(5), Temp(5) == 5, 5 == Temp(5), Temp(5) in [5])
print(sorted([3, Temp(1), 2]))
print(list(filter(lambda t: t > 15, ts)), [t for t in ts if t == 20])
print(dict.fromkeys(ts, 0)[Temp(10)], len(set(ts + [Temp(10)])))
print(ts.index(Temp(20)), ts.count(10))

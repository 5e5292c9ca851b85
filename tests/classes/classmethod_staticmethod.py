# classmethod and staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Counter:
    instances = 0
    def __init__(self):
        Counter.bump()
    @classmethod
    def bump(cls):
        cls.instances += 1
        return cls.instances
Counter(); Counter()
print(Counter.instances)
class Sub(Counter):
    instances = 100
print(Sub.bump(), Counter.instances)
def plain(x):
    return x * 2
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.s(4), Holder().s(5), Holder.c(1), Holder().c(2))
print(type(Holder.__dict__["s"]).__name__, type(Holder.__dict__["c"]).__name__)

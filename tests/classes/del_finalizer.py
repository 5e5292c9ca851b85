# __del__ finalizers run when unreachable objects are collected
import gc
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
def make_and_drop(name):
    r = Res(name)
    return len(r.name)
make_and_drop("a")
make_and_drop("b")
gc.collect()
gc.collect()
print(sorted(log))
def make_list():
    lst = [Res("x"), Res("y")]
    return len(lst)
make_list()
gc.collect()
print(sorted(log))
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append("cycle")
def make_cycle():
    Cyc()
make_cycle()
gc.collect()
print("cycle" in log)
def many():
    for i in range(50):
        Res("loop")
many()
gc.collect()
print(log.count("del loop"))
kept = Res("kept")
gc.collect()
print("del kept" in log, kept.name)

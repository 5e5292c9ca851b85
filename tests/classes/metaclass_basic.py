# metaclasses with __new__, __init__ and __call__
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append("Meta.__new__ " + name)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        log.append("Meta.__init__ " + name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        log.append("Meta.__call__ " + cls.__name__)
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst
class Widget(metaclass=Meta):
    def __init__(self, v):
        log.append("Widget.__init__")
        self.v = v
print(log)
log.clear()
w = Widget(7)
print(log, w.v, w.via_meta, Widget.added_by_meta)
print(type(Widget).__name__, isinstance(Widget, Meta), isinstance(Widget, type))
class Sub(Widget):
    pass
print(type(Sub).__name__, Sub.added_by_meta, Sub(1).via_meta)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class PA(Plugin): pass
class PB(Plugin): pass
print(Registry.classes)
class CountInstances(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a, **k)
class Thing(metaclass=CountInstances):
    pass
Thing(); Thing(); Thing()
print(Thing.count)

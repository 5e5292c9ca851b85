# single inheritance and method overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), a.kind(), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x"), Dog))
print(Puppy.__bases__ == (Dog,), Dog.__bases__[0].__name__)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class NoInit(Animal):
    pass
print(NoInit("inherited init").name)

# __name__ of functions, lambdas, methods, builtins, classes
def my_function():
    pass
print(my_function.__name__)
print((lambda: 0).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
class K:
    def meth(self):
        pass
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
print(K.meth.__name__, K().meth.__name__, K.st.__name__, K.cm.__name__)
print(len.__name__, print.__name__, K.__name__, int.__name__)
def gen():
    yield
print(gen.__name__)
alias = my_function
print(alias.__name__)
print(__name__)

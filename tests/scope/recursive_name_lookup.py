# recursive functions look up their own name at call time
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5))
orig = fact
def fact(n):
    return "replaced"
print(orig(5))
def make_rec():
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)
    r = rec
    return r
print(make_rec()(10))
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
print(Node(Node(Node())).length())

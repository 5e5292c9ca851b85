# generator methods in classes
class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()
    def preorder(self):
        yield self.v
        for ch in (self.left, self.right):
            if ch:
                yield from ch.preorder()
    def __iter__(self):
        return self.inorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()), list(t.preorder()), list(t), sum(t), 5 in t)
class Deck:
    suits = "SH"
    ranks = "A23"
    def cards(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    @staticmethod
    def evens(n):
        yield from range(0, n, 2)
    @classmethod
    def names(cls):
        yield cls.__name__
print(list(Deck().cards()), list(Deck.evens(7)), list(Deck.names()))

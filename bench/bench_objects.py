# Class instantiation: many short-lived small objects - points, linked
# list cells, binary tree nodes built and discarded - plus objects with
# __eq__/__hash__ used as dict keys and __repr__/__lt__ for sorting.
import sys

ROUNDS = 40
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 7919 + self.y

    def __lt__(self, other):
        if self.x != other.x:
            return self.x < other.x
        return self.y < other.y

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


class Cell:
    def __init__(self, value, rest):
        self.value = value
        self.rest = rest


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Leaf:
    pass


class Colour:
    def __init__(self, r, g, b, name="", alpha=255):
        self.r = r
        self.g = g
        self.b = b
        self.name = name
        self.alpha = alpha


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count_tree(t):
    if t.left is None:
        return 1
    return 1 + count_tree(t.left) + count_tree(t.right)


def build_list(n):
    head = None
    for i in range(n):
        head = Cell(i, head)
    return head


def sum_list(c):
    s = 0
    while c is not None:
        s += c.value
        c = c.rest
    return s


def one_round(r):
    total = 0
    # trees: allocate, walk, drop
    for d in range(4, 13, 2):
        total += count_tree(make_tree(d))
    # linked lists
    total += sum_list(build_list(5000 + r))
    # points in a dict / set
    seen = {}
    for i in range(3000):
        p = Point(i % 37, (i * 13) % 41)
        seen[p] = seen.get(p, 0) + 1
    total += len(seen) + max(seen.values())
    pts = sorted(seen.keys())
    total += pts[0].x + pts[-1].y + len(repr(pts[len(pts) // 2]))
    # many objects with keyword/default arguments
    acc = 0
    for i in range(3000):
        c = Colour(i & 255, (i >> 2) & 255, (i >> 4) & 255, alpha=i % 100)
        acc += c.r + c.g + c.b + c.alpha + len(c.name)
        leaf = Leaf()
        leaf.tag = i
        acc += leaf.tag
    return total + acc, repr(pts[0])


def main():
    total = 0
    first = ""
    for r in range(ROUNDS):
        t, first = one_round(r)
        total += t
    print("first point %s" % first)
    print("checksum %d %s" % (total, first))


main()

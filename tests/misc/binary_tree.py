# binary search tree with insertion, deletion and several traversals
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
        else:
            cur = self.root
            while True:
                if key == cur.key:
                    return False
                side = "left" if key < cur.key else "right"
                nxt = getattr(cur, side)
                if nxt is None:
                    setattr(cur, side, self._Node(key))
                    break
                cur = nxt
        self.count += 1
        return True

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def _inorder(self, n):
        if n:
            yield from self._inorder(n.left)
            yield n.key
            yield from self._inorder(n.right)

    def __iter__(self):
        return self._inorder(self.root)

    def __len__(self):
        return self.count

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def level_order(self):
        out, queue = [], [self.root] if self.root else []
        while queue:
            level = []
            nxt = []
            for n in queue:
                level.append(n.key)
                nxt.extend(c for c in (n.left, n.right) if c)
            out.append(level)
            queue = nxt
        return out

    def delete(self, key):
        def _del(n, key):
            if n is None:
                return None, False
            if key < n.key:
                n.left, done = _del(n.left, key)
            elif key > n.key:
                n.right, done = _del(n.right, key)
            else:
                if n.left is None:
                    return n.right, True
                if n.right is None:
                    return n.left, True
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right, _ = _del(n.right, succ.key)
                return n, True
            return n, done
        self.root, done = _del(self.root, key)
        if done:
            self.count -= 1
        return done

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), len(t), t.height())
print(t.level_order())
print(40 in t, 41 in t, t.insert(40))
print(t.delete(30), t.delete(99), list(t), len(t))
print(t.level_order())
print(t.delete(50), list(t), t.root.key)
seq = BST()
for k in range(20):
    seq.insert(k)
print(seq.height(), len(seq))
words = BST()
for w in "pear apple fig banana cherry apple".split():
    words.insert(w)
print(list(words))

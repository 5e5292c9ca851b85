# a singly linked list with iteration, indexing and common operations
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def __contains__(self, v):
        return any(x == v for x in self)

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(3 in ll, 9 in ll, list(ll), sum(ll))
print(ll.remove(2), ll.remove(42), ll)
ll.reverse()
print(ll, [x * 10 for x in ll])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), list(empty), empty.remove(1))
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big))
words = LinkedList("the quick brown fox".split())
print(sorted(words), max(words, key=len))

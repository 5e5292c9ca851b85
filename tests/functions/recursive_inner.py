# recursive inner functions and recursion through closures
def outer(n):
    def count(k):
        return 0 if k == 0 else 1 + count(k - 1)
    return count(n)
print(outer(50))
def make_fact():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
print(make_fact()(25))
def tree_sum(tree):
    def walk(node):
        if isinstance(node, int):
            return node
        return sum(walk(ch) for ch in node)
    return walk(tree)
print(tree_sum([1, [2, 3, [4]], [[5]]]))
def collatz_len():
    cache = {1: 1}
    def length(n):
        if n not in cache:
            cache[n] = 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
        return cache[n]
    return length
L = collatz_len()
print(max(range(1, 1000), key=L), L(27))
def gen_paren(n):
    out = []
    def go(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            go(s + "(", o + 1, c)
        if c < o:
            go(s + ")", o, c + 1)
    go("", 0, 0)
    return out
print(gen_paren(3), len(gen_paren(6)))

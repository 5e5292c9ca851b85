# using lists as stacks and queues
stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
# balanced brackets checker
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
# reverse polish evaluation
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b}[tok])
        else:
            st.append(int(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("100 7 /"))

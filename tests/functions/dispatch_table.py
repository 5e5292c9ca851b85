# functions stored in containers and dispatched dynamically
def cmd_add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)
def cmd_mul(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)
def cmd_dup(stack):
    stack.append(stack[-1])
def cmd_swap(stack):
    stack[-1], stack[-2] = stack[-2], stack[-1]
COMMANDS = {"add": cmd_add, "mul": cmd_mul, "dup": cmd_dup, "swap": cmd_swap}
def run(program):
    stack = []
    for word in program.split():
        if word in COMMANDS:
            COMMANDS[word](stack)
        else:
            stack.append(int(word))
    return stack
print(run("2 3 add"), run("4 dup mul"), run("1 2 swap"), run("3 4 add 5 mul dup add"))
handlers = []
def on(event):
    def deco(fn):
        handlers.append((event, fn))
        return fn
    return deco
@on("start")
def h1(x):
    return "h1:" + x
@on("stop")
def h2(x):
    return "h2:" + x
@on("start")
def h3(x):
    return "h3:" + x
def fire(event, arg):
    return [fn(arg) for ev, fn in handlers if ev == event]
print(fire("start", "go"), fire("stop", "halt"), fire("other", "x"))

# a tiny stack-based virtual machine with an assembler and labels
def assemble(src):
    program, labels = [], {}
    for line in src.strip().split("\n"):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        parts = line.split()
        op, args = parts[0].upper(), parts[1:]
        program.append((op, args))
    resolved = []
    for op, args in program:
        if op in ("JMP", "JZ", "CALL"):
            resolved.append((op, labels[args[0]]))
        elif op in ("PUSH",):
            resolved.append((op, int(args[0])))
        elif op in ("LOAD", "STORE"):
            resolved.append((op, args[0]))
        else:
            resolved.append((op, None))
    return resolved

class VMError(Exception):
    pass

def run(program, max_steps=100000):
    stack, calls, env, out = [], [], {}, []
    pc = steps = 0
    binops = {
        "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b),
    }
    while pc < len(program):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, arg = program[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError("division by zero at %d" % (pc - 1))
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError("bad opcode " + op)
    return out, steps

FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(assemble(FACT)))
FIBS = """
    push 0
    store a
    push 1
    store b
    push 15
    store k
again:
    load k
    jz end
    load a
    print
    call advance
    load k
    push 1
    sub
    store k
    jmp again
advance:          ; (a, b) = (b, a + b)
    load b
    load a
    load b
    add
    store b
    store a
    ret
end:
    halt
"""
print(run(assemble(FIBS)))
for bad in ["push 1\npush 0\ndiv", "l:\njmp l", "frob"]:
    try:
        run(assemble(bad))
    except VMError as e:
        print("VMError:", e)

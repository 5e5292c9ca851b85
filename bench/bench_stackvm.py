# A small interpreter: a Forth-like toy stack language is tokenised,
# compiled to a flat list of integer opcodes (with resolved jumps and user
# words), then executed by a dispatch loop. Programs: counting primes by
# trial division, iterative Fibonacci mod m, gcd sums and a nested loop.
import sys

SCALE = 3
if len(sys.argv) > 1:
    SCALE = int(sys.argv[1])

(PUSH, ADD, SUB, MUL, DIV, MOD, DUP, DROP, SWAP, OVER, ROT, LT, GT, EQ,
 JMP, JZ, CALL, RET, LOAD, STORE, HALT, NOT, PRINT) = range(23)

SIMPLE = {"+": ADD, "-": SUB, "*": MUL, "/": DIV, "mod": MOD, "dup": DUP,
          "drop": DROP, "swap": SWAP, "over": OVER, "rot": ROT, "<": LT,
          ">": GT, "=": EQ, "not": NOT, ".": PRINT}


class CompileError(Exception):
    pass


class Compiler:
    def __init__(self):
        self.code = []
        self.words = {}
        self.vars = {}
        self.control = []

    def emit(self, *ops):
        self.code.extend(ops)

    def compile(self, source):
        tokens = source.replace("\n", " ").split()
        # main program is entered through a jump over the word bodies
        self.emit(JMP, 0)
        entry_patch = len(self.code) - 1
        i = 0
        main_started = False
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok == ":":
                self.words[tokens[i]] = len(self.code)
                i += 1
            elif tok == ";":
                self.emit(RET)
            elif tok == "main":
                self.code[entry_patch] = len(self.code)
                main_started = True
            elif tok == "var":
                self.vars[tokens[i]] = len(self.vars)
                i += 1
            else:
                self.compile_token(tok)
        if not main_started:
            raise CompileError("no main")
        self.emit(HALT)
        return self.code

    def compile_token(self, tok):
        if tok in SIMPLE:
            self.emit(SIMPLE[tok])
        elif tok == "if":
            self.emit(JZ, 0)
            self.control.append(("if", len(self.code) - 1))
        elif tok == "else":
            kind, at = self.control.pop()
            self.emit(JMP, 0)
            self.control.append(("else", len(self.code) - 1))
            self.code[at] = len(self.code)
        elif tok == "then":
            kind, at = self.control.pop()
            self.code[at] = len(self.code)
        elif tok == "begin":
            self.control.append(("begin", len(self.code)))
        elif tok == "while":
            self.emit(JZ, 0)
            self.control.append(("while", len(self.code) - 1))
        elif tok == "repeat":
            kind, at = self.control.pop()
            kind2, start = self.control.pop()
            self.emit(JMP, start)
            self.code[at] = len(self.code)
        elif tok.endswith("!") and tok[:-1] in self.vars:
            self.emit(STORE, self.vars[tok[:-1]])
        elif tok.endswith("@") and tok[:-1] in self.vars:
            self.emit(LOAD, self.vars[tok[:-1]])
        elif tok in self.words:
            self.emit(CALL, self.words[tok])
        else:
            try:
                self.emit(PUSH, int(tok))
            except ValueError:
                raise CompileError("unknown word " + tok)


def run(code, nvars):
    stack = []
    rstack = []
    mem = [0] * max(nvars, 1)
    out = []
    pc = 0
    steps = 0
    push = stack.append
    pop = stack.pop
    while True:
        op = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            push(code[pc])
            pc += 1
        elif op == LOAD:
            push(mem[code[pc]])
            pc += 1
        elif op == STORE:
            mem[code[pc]] = pop()
            pc += 1
        elif op == JZ:
            if pop() == 0:
                pc = code[pc]
            else:
                pc += 1
        elif op == JMP:
            pc = code[pc]
        elif op == ADD:
            b = pop()
            stack[-1] += b
        elif op == SUB:
            b = pop()
            stack[-1] -= b
        elif op == MUL:
            b = pop()
            stack[-1] *= b
        elif op == DIV:
            b = pop()
            stack[-1] //= b
        elif op == MOD:
            b = pop()
            stack[-1] %= b
        elif op == DUP:
            push(stack[-1])
        elif op == DROP:
            pop()
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == OVER:
            push(stack[-2])
        elif op == ROT:
            push(stack.pop(-3))
        elif op == LT:
            b = pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == GT:
            b = pop()
            stack[-1] = 1 if stack[-1] > b else 0
        elif op == EQ:
            b = pop()
            stack[-1] = 1 if stack[-1] == b else 0
        elif op == NOT:
            stack[-1] = 0 if stack[-1] else 1
        elif op == CALL:
            rstack.append(pc + 1)
            pc = code[pc]
        elif op == RET:
            pc = rstack.pop()
        elif op == PRINT:
            out.append(pop())
        elif op == HALT:
            return out, steps
        else:
            raise RuntimeError("bad opcode %d" % op)


PROGRAM = """
var n  var d  var count  var a  var b  var i  var acc
( words )
: prime?   ( x -- flag )
    n!  2 d!  1
    begin d@ d@ * n@ > not while
        n@ d@ mod 0 = if drop 0 n@ d! then
        d@ 1 + d!
    repeat ;
: gcd   ( a b -- g )
    begin dup 0 = not while swap over mod repeat drop ;
main
    0 count!  2 i!
    begin i@ LIMIT < while
        i@ prime? if count@ 1 + count! then
        i@ 1 + i!
    repeat
    count@ .
    0 a!  1 b!  0 i!
    begin i@ FIBN < while
        a@ b@ + 1000007 mod  b@ a!  b!
        i@ 1 + i!
    repeat
    a@ .
    0 acc!  1 i!
    begin i@ GCDN < while
        i@ 360360 gcd acc@ + acc!
        i@ 1 + i!
    repeat
    acc@ .
"""


def main():
    src = PROGRAM.replace("LIMIT", str(3000 * SCALE))
    src = src.replace("FIBN", str(10000 * SCALE))
    src = src.replace("GCDN", str(3000 * SCALE))
    # strip ( comments )
    parts = []
    depth = 0
    for tok in src.replace("\n", " \n ").split(" "):
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0:
            parts.append(tok)
    c = Compiler()
    code = c.compile(" ".join(parts))
    bad = 0
    try:
        Compiler().compile("main 1 2 frobnicate")
    except CompileError:
        bad = 1
    out, steps = run(code, len(c.vars))
    print("results %s" % " ".join(str(v) for v in out))
    print("checksum %s %d %d %d" % ("-".join(str(v) for v in out), steps,
                                    len(code), bad))


main()

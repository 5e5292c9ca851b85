# tokenizer + recursive-descent parser + evaluator for arithmetic expressions
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return "%s:%s" % (self.kind, self.value)

class ParseError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**"))
            i += 2
        elif c in "+-*/%(),":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("end", None))
    return tokens

class Parser:
    # expr := term (('+'|'-') term)* ; term := unary (('*'|'/'|'%') unary)*
    # unary := '-' unary | power ; power := atom ('**' unary)?
    # atom := num | name | name '(' args ')' | '(' expr ')'
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.pos]

    def eat(self, kind, value=None):
        t = self.peek()
        if t.kind != kind or (value is not None and t.value != value):
            raise ParseError("expected %s but got %r" % (value or kind, t))
        self.pos += 1
        return t

    def parse(self):
        v = self.expr()
        self.eat("end")
        return v

    def expr(self):
        v = self.term()
        while self.peek().kind == "op" and self.peek().value in "+-":
            op = self.eat("op").value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/", "%"):
            op = self.eat("op").value
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise ParseError("division by zero")
                v = v / r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek().kind == "op" and self.peek().value == "-":
            self.eat("op")
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == "op" and self.peek().value == "**":
            self.eat("op")
            return base ** self.unary()
        return base

    def atom(self):
        t = self.peek()
        if t.kind == "num":
            self.pos += 1
            return t.value
        if t.kind == "name":
            self.pos += 1
            if self.peek().value == "(":
                self.eat("op", "(")
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.eat("op", ",")
                        args.append(self.expr())
                self.eat("op", ")")
                return self.env[t.value](*args)
            if t.value not in self.env:
                raise ParseError("unknown name " + t.value)
            return self.env[t.value]
        if t.kind == "op" and t.value == "(":
            self.eat("op")
            v = self.expr()
            self.eat("op", ")")
            return v
        raise ParseError("unexpected %r" % (t,))

ENV = {"x": 10, "y": 3, "max": max, "min": min, "abs": abs, "sq": lambda v: v * v}

def evaluate(src):
    try:
        return Parser(tokenize(src), ENV).parse()
    except ParseError as e:
        return "error: %s" % e

print(tokenize("1 + 2*x"))
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + x * y",
         "max(1, x, y) - min(4, 2)", "sq(sq(2)) + abs(-7)", "1.5 * 4", "((((7))))",
         "2 * (3 + 4) * (5 - 1)", "1 / 0", "1 +", "foo + 1", "3 $ 4", "(1 + 2", "2 ** -1",
         "100000000000 * 100000000000"]
for t in tests:
    print("%-28s => %r" % (t, evaluate(t)))

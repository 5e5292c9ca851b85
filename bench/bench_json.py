# Serialisation and parsing in pure Python: a JSON encoder (sorted keys,
# string escaping incl. \uXXXX for non-ASCII) and a recursive-descent JSON
# parser over generated nested documents; checks the round trip
# encode -> parse -> encode reproduces the same text and the same data.
import sys

ROUNDS = 13
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])
RECORDS = 300   # per document

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
           "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\r", "t": "\t",
             "b": "\b", "f": "\f"}


class ParseError(Exception):
    pass


def encode_string(s, out):
    out.append('"')
    start = 0
    for i in range(len(s)):
        ch = s[i]
        if ch in ESCAPES or ch < " " or ch > "~":
            if start < i:
                out.append(s[start:i])
            e = ESCAPES.get(ch)
            if e is None:
                e = "\\u%04x" % ord(ch)
            out.append(e)
            start = i + 1
    if start < len(s):
        out.append(s[start:])
    out.append('"')


def encode_value(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(repr(v))
    elif isinstance(v, str):
        encode_string(v, out)
    elif isinstance(v, (list, tuple)):
        out.append("[")
        first = True
        for item in v:
            if not first:
                out.append(",")
            first = False
            encode_value(item, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for k in sorted(v):
            if not first:
                out.append(",")
            first = False
            encode_string(k, out)
            out.append(":")
            encode_value(v[k], out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (v,))


def encode(v):
    out = []
    encode_value(v, out)
    return "".join(out)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.n = len(text)

    def skip_ws(self):
        t = self.text
        p = self.pos
        while p < self.n and t[p] in " \t\n\r":
            p += 1
        self.pos = p

    def expect(self, ch):
        if self.pos >= self.n or self.text[self.pos] != ch:
            raise ParseError("expected %s at %d" % (ch, self.pos))
        self.pos += 1

    def parse(self):
        v = self.value()
        self.skip_ws()
        if self.pos != self.n:
            raise ParseError("trailing data at %d" % self.pos)
        return v

    def value(self):
        self.skip_ws()
        if self.pos >= self.n:
            raise ParseError("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or "0" <= ch <= "9":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise ParseError("unexpected %r at %d" % (ch, self.pos))

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            self.expect(":")
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("bad object at %d" % (self.pos - 1))

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("bad array at %d" % (self.pos - 1))

    def string(self):
        self.expect('"')
        t = self.text
        parts = []
        start = self.pos
        while True:
            ch = t[self.pos]
            if ch == '"':
                parts.append(t[start:self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(t[start:self.pos])
                esc = t[self.pos + 1]
                if esc == "u":
                    parts.append(chr(int(t[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    parts.append(UNESCAPES[esc])
                    self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        t = self.text
        start = self.pos
        p = self.pos
        if t[p] == "-":
            p += 1
        while p < self.n and "0" <= t[p] <= "9":
            p += 1
        is_float = False
        if p < self.n and t[p] == ".":
            is_float = True
            p += 1
            while p < self.n and "0" <= t[p] <= "9":
                p += 1
        if p < self.n and t[p] in "eE":
            is_float = True
            p += 1
            if t[p] in "+-":
                p += 1
            while p < self.n and "0" <= t[p] <= "9":
                p += 1
        self.pos = p
        if is_float:
            return float(t[start:p])
        return int(t[start:p])


def make_document(seed, count):
    s = seed
    tags = ["red", "green", "blue", "caf\u00e9", "na\u00efve", "tab\there",
            'quote"d', "back\\slash", "line\nbreak", "\u2603 snow"]
    records = []
    for i in range(count):
        s = s * 16807 % 2147483647
        rec = {
            "id": i,
            "name": "item-%d-%d" % (i, s % 1000),
            "price": (s % 4000) / 4.0,
            "stock": s % 97 - 20,
            "active": s % 3 != 0,
            "tags": [tags[(s >> k) % len(tags)] for k in range(s % 4)],
            "dims": {"w": s % 50, "h": (s >> 6) % 50, "unit": "cm"},
            "note": None if s % 5 else "check",
        }
        if s % 7 == 0:
            rec["history"] = [{"year": 2000 + k, "q": [k, k * 2, -k]}
                              for k in range(3)]
        records.append(rec)
    return {"version": 2, "generated": True, "records": records,
            "meta": {"count": count, "seed": seed, "empty": {}, "none": []}}


def text_hash(t, h):
    for i in range(0, len(t), 3):
        h = (h * 131 + ord(t[i])) % 1000000007
    return h


def main():
    total_len = 0
    h = 0
    ok = True
    nrec = 0
    errors = 0
    for r in range(ROUNDS):
        doc = make_document(1000 + r, RECORDS)
        text = encode(doc)
        back = Parser(text).parse()
        again = encode(back)
        ok = ok and back == doc and again == text
        total_len += len(text)
        h = text_hash(text, h)
        nrec += len(back["records"])
        pretty = text.replace(",", ", ").replace(":", ": ")
        ok = ok and Parser(" " + pretty + "\n").parse() == doc
    for bad in ('{"a": }', "[1, 2", '{"x" 1}', "tru", '"abc'):
        try:
            Parser(bad).parse()
        except (ParseError, IndexError):
            errors += 1
    print("round trip ok: %s, %d bytes" % (ok, total_len))
    print("checksum %s %d %d %d %d" % (ok, total_len, h, nrec, errors))


main()

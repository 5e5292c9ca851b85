# a JSON-like serializer and pretty printer written in pure Python
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(obj, indent=None, level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [dumps(v, indent, level + 1, sort_keys) for v in obj]
        return "[" + sep.join(pad + p for p in parts) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError("keys must be strings")
            parts.append(escape(k) + ": " + dumps(obj[k], indent, level + 1, sort_keys))
        return "{" + sep.join(pad + p for p in parts) + end + "}"
    raise TypeError("cannot serialize %s" % type(obj).__name__)

def loads(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \n\t\r":
            pos[0] += 1
    def value():
        ws()
        c = s[pos[0]]
        if c == "{":
            pos[0] += 1
            d = {}
            ws()
            if s[pos[0]] == "}":
                pos[0] += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                assert s[pos[0]] == ":"
                pos[0] += 1
                d[k] = value()
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
                    continue
                assert s[pos[0]] == "}"
                pos[0] += 1
                return d
        if c == "[":
            pos[0] += 1
            lst = []
            ws()
            if s[pos[0]] == "]":
                pos[0] += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
                    continue
                pos[0] += 1
                return lst
        if c == '"':
            pos[0] += 1
            out = []
            while s[pos[0]] != '"':
                ch = s[pos[0]]
                if ch == "\\":
                    pos[0] += 1
                    esc = s[pos[0]]
                    if esc == "u":
                        out.append(chr(int(s[pos[0] + 1:pos[0] + 5], 16)))
                        pos[0] += 4
                    else:
                        out.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    out.append(ch)
                pos[0] += 1
            pos[0] += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        start = pos[0]
        while pos[0] < len(s) and s[pos[0]] in "+-0123456789.eE":
            pos[0] += 1
        num = s[start:pos[0]]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()

data = {"name": "widget", "id": 7, "price": 12.5, "tags": ["a", "b\"q\"", "tab\there"],
        "dims": {"w": 3, "h": 4, "nested": [1, [2, [3, []]], {}]}, "ok": True, "none": None}
print(dumps(data))
print(dumps(data, indent=2, sort_keys=True))
text = dumps(data)
back = loads(text)
print(back == data, back["tags"][1], back["dims"]["nested"])
print(loads(' { "x" : [1, 2.5, -3e2, true, false, null, "\\u0041\\n"] } '))
for bad in [set([1]), {1: "x"}]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

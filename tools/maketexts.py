#!/usr/bin/env python3
# maketexts.py: compresses the exception messages written in the C sources.
#
# Messages are written plainly in the code, e.g.
#     mp_raise_msg_varg(&mp_type_TypeError, "must be str, not %s", ...)
# and stored in the binary in a compressed form: a marker byte (0x1f) then
# the text with frequent words replaced by one byte each (0x80 + index into a
# dictionary of up to 128 words chosen over all the messages). py/objexcept.c
# expands a message that starts with the marker when it builds the exception
# (mp_text_cstr, py/texts.c); any other string passes through unchanged,
# so a message that is not a literal, or that the tool does not recognise,
# still works. Messages are about 33 KB of text; this saves about 14 KB.
#
#   maketexts.py dict OUT_DIR SOURCES...   choose the dictionary from the
#       messages of SOURCES; writes OUT_DIR/texts.json (for `compress`) and
#       OUT_DIR/texts.h (for py/texts.c), each only if its content changed
#   maketexts.py compress DICT.json IN.c OUT.c   copy IN.c to OUT.c with the
#       message literals compressed; a #line directive keeps file names and
#       line numbers (diagnostics, debug info, __FILE__) those of IN.c
import json
import os
import re
import sys

from genfile import write_if_changed

MARKER = 0x1F
FIRST_CODE = 0x80
MAX_WORDS = 128

# The functions whose message (or format) argument is compressed, with the
# position of that argument. The argument is compressed when it is nothing
# but string literals; each of these functions (or what it calls) expands it.
FUNCS = {
    "mp_raise_msg": 1, "mp_raise_msg_varg": 1, "mp_obj_new_exception_msg": 1,
    "mp_obj_new_exception_msg_varg": 1, "mp_raise_ValueError": 0, "mp_raise_TypeError": 0,
    "mp_raise_NotImplementedError": 0, "mp_raise_TypeError_varg": 0, "mp_raise_TypeError_type": 0,
    "mp_parser_error_at": 2,
}
# Static functions of one file that pass their message on to the above, or
# format it themselves after mp_text_cstr.
FILE_FUNCS = {
    "py/objint.c": {"raise_zero_div": 0},
    "py/compile.c": {"cerror": 2},
    "py/lexer.c": {"lex_error_at": 3},
    "py/parse.c": {"error_at": 3, "error_tok": 1},  # error_tok: a macro over mp_parser_error_at
    "py/objfun.c": {"arg_error": 1},
    "py/runtime.c": {"raise_call_error": 1},
    "extmod/modstruct.c": {"struct_error": 0},
    "extmod/modzlib.c": {"zlib_error": 0},
    "extmod/modbinascii.c": {"raise_error": 0},
}
LIT = r'"(?:[^"\\\n]|\\.)*"'
ONLY_LITS = re.compile(r"\s*(?:%s\s*)+$" % LIT)
ESC = {"n": 10, "t": 9, "r": 13, "\\": 92, '"': 34, "'": 39, "?": 63, "a": 7, "b": 8, "f": 12, "v": 11, "0": 0}


def parse_literals(text):
    """The bytes of a sequence of adjacent C string literals."""
    out = bytearray()
    for lit in re.findall(LIT, text):
        body = lit[1:-1]
        i = 0
        while i < len(body):
            c = body[i]
            if c != "\\":
                out += c.encode()
                i += 1
                continue
            e = body[i + 1]
            if e == "x":
                m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
                out.append(int(m.group(0), 16) & 0xFF)
                i += 2 + len(m.group(0))
            elif e in "01234567":
                m = re.match(r"[0-7]{1,3}", body[i + 1:])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
            else:
                out.append(ESC[e])
                i += 2
    return bytes(out)


def call_args(src, i):
    """Spans (start, end) of the top-level arguments of the call whose '('
    is at src[i - 1]; None if the call is not closed."""
    spans, start, depth = [], i, 0
    while i < len(src):
        c = src[i]
        if c in "\"'":
            m = re.compile(r"%s(?:[^%s\\\n]|\\.)*%s" % (c, c, c)).match(src, i)
            i = m.end() if m else i + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                spans.append((start, i))
                return spans
            depth -= 1
        elif c == "," and depth == 0:
            spans.append((start, i))
            start = i + 1
        i += 1
    return None


def message_args(src, path):
    """(start, end) of every message argument made only of literals."""
    funcs = dict(FUNCS, **FILE_FUNCS.get(path, {}))
    for m in re.finditer(r"\b(%s)\(" % "|".join(funcs), src):
        spans = call_args(src, m.end())
        k = funcs[m.group(1)]
        if spans and k < len(spans) and ONLY_LITS.match(src, *spans[k]):
            yield spans[k]


def messages(paths):
    found = set()
    for path in paths:
        with open(path, errors="replace") as f:
            src = f.read()
        for a, b in message_args(src, path):
            text = parse_literals(src[a:b])
            if compressible(text):
                found.add(text.decode())
    return sorted(found)


def compressible(b):
    return len(b) > 0 and all(32 <= c < 127 for c in b)


def choose_words(msgs):
    """Greedy: repeatedly take the word saving most bytes in what is left."""
    pieces = [[m] for m in msgs]
    words = []
    word_re = re.compile(r"[A-Za-z_']+ ?| [A-Za-z_']+")
    while len(words) < MAX_WORDS:
        count = {}
        for segs in pieces:
            for s in segs:
                for w in set(word_re.findall(s)):
                    if len(w) > 1:
                        count[w] = count.get(w, 0) + s.count(w)
        if not count:
            break
        # sort first so that ties break the same way on every run
        best = max(sorted(count), key=lambda w: (len(w) - 1) * count[w] - (len(w) + 2))
        if (len(best) - 1) * count[best] - (len(best) + 2) <= 0:
            break
        words.append(best)
        for segs in pieces:
            segs[:] = [p for s in segs for p in s.split(best)]
    return words


def compress(text, words):
    """Greedy longest match at each position."""
    out = bytearray([MARKER])
    by_len = sorted(range(len(words)), key=lambda i: -len(words[i]))
    i = 0
    while i < len(text):
        for k in by_len:
            if text.startswith(words[k], i):
                out.append(FIRST_CODE + k)
                i += len(words[k])
                break
        else:
            out.append(ord(text[i]))
            i += 1
    return bytes(out)


def c_literal(b):
    s = '"'
    for c in b:
        if c in (34, 92):
            s += "\\" + chr(c)
        elif 32 <= c < 127:
            s += chr(c)
        else:
            s += "\\%03o" % c  # octal: never runs into a following digit
    return s + '"'


def cmd_dict(out_dir, sources):
    msgs = messages(sources)
    words = choose_words(msgs)
    longest = max([len(m) for m in msgs] + [1])
    if longest >= 256:  # MP_TEXT_MAX_LEN in py/runtime.h
        sys.exit("maketexts: a message of %d bytes: raise MP_TEXT_MAX_LEN" % longest)
    write_if_changed(os.path.join(out_dir, "texts.json"), json.dumps(words, indent=0) + "\n")
    offs, pool = [], ""
    for w in words:
        offs.append(len(pool))
        pool += w
    offs.append(len(pool))
    h = "// Generated by tools/maketexts.py: do not edit.\n"
    h += "// The dictionary of the compressed messages (%d messages, the longest %d bytes).\n" % (len(msgs), longest)
    h += "#define MP_TEXT_MARKER (0x%02x)\n#define MP_TEXT_FIRST_CODE (0x%02x)\n" % (MARKER, FIRST_CODE)
    h += "#define MP_TEXT_N_WORDS (%d)\n" % len(words)
    h += "static const char text_words[] = %s;\n" % c_literal(pool.encode())
    h += "static const uint16_t text_word_start[] = {%s};\n" % ", ".join(map(str, offs))
    write_if_changed(os.path.join(out_dir, "texts.h"), h)


def cmd_compress(dict_path, in_path, out_path):
    with open(dict_path) as f:
        words = json.load(f)
    with open(in_path, errors="surrogateescape") as f:
        src = f.read()

    out, last = [], 0
    for a, b in message_args(src, in_path):
        text = parse_literals(src[a:b])
        if compressible(text):
            # The whitespace before the literals kept, then one literal and
            # as many newlines as the literals spanned, so that #line stays
            # right.
            arg = src[a:b]
            lits = arg.lstrip()
            lead = arg[:len(arg) - len(lits)]
            out += [src[last:a], lead, c_literal(compress(text.decode(), words)), "\n" * lits.count("\n")]
            last = b
    out = "".join(out) + src[last:]
    if out.count("\n") != src.count("\n"):
        sys.exit("maketexts: %s: compressing changed the line count" % in_path)
    out = '#line 1 "%s"\n' % in_path + out
    with open(out_path, "w", errors="surrogateescape") as f:
        f.write(out)


def main(argv):
    if len(argv) >= 2 and argv[0] == "dict":
        cmd_dict(argv[1], argv[2:])
    elif len(argv) == 4 and argv[0] == "compress":
        cmd_compress(argv[1], argv[2], argv[3])
    else:
        sys.exit(__doc__ or "usage: maketexts.py dict OUT_DIR SOURCES... | compress DICT.json IN.c OUT.c")


if __name__ == "__main__":
    main(sys.argv[1:])

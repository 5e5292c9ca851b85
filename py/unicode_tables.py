#!/usr/bin/env python3
"""Generate py/unicode_tables.h: the character property and case mapping
tables used by py/unicode.c, derived from the Unicode Character Database as
shipped with the host Python (unicodedata / str methods of single
characters).

    python3 py/unicode_tables.py > py/unicode_tables.h

ASCII is handled inline by unicode.c, so the tables cover code points >= 0x80.

Packed run tables (utable_t, decoded by lookup() in unicode.c): a sorted list
of runs, each a set of code points first, first + stride, ... last with
stride 1 or 2, stored as a byte stream of varints (7 bits per byte, low bits
first, top bit set on all bytes but the last):
    gap        first - (last of the previous run + 1)   (from 0 for the first)
    n          (count - 1) << 1 | (stride == 2)
    [delta]    map tables only: zigzag-encoded signed value of the run
The runs are grouped in blocks of BLOCK runs; index[i] = base | offset << 21,
where base is the code point after the last run of the blocks before (0 for
block 0) and offset the byte offset of block i in data. A final sentinel entry
(base 0x1FFFFF) gives the end of the data. A lookup is a binary search over
the index plus the decoding of at most BLOCK runs. The index and data of all
tables are in the arrays uindex and udata; a table is {first index entry,
number of blocks, first data byte}.

Special (multi-character) case mappings are map tables too: code point c
maps to c + delta followed by a tail of one or two BMP code points; the value
of a run is delta * 64 + the tail's index in special_tails (unused slots 0).

Some properties are derived in unicode.c rather than stored (checked here):
  XID_Start    = alpha XOR xid_start_diff
  XID_Continue = XID_Start OR xid_continue_extra
  casefold     = fold_map / special_fold if listed, else the simple lower case
                 of each character of the multi-character upper case if any,
                 else the multi-character lower case if any, else lower case
  decimal value = (c - delta) % 10, delta being the first code point % 10 of
                 the run (each decimal run is whole blocks of ten digits 0-9)
"""
import sys
import unicodedata

MAX = 0x110000
# Runs per index block: each lookup decodes up to BLOCK runs linearly. Larger
# blocks shrink the index (8 saves about 1.7 KB) but make case mapping of
# non-ASCII text markedly slower.
BLOCK = 4


def chars():
    for c in range(0x80, MAX):
        if 0xD800 <= c <= 0xDFFF:
            continue
        yield c


def runs(cps, value=None):
    """Greedy runs (first, last, stride, value) over sorted code points; a run
    has stride 1 or 2 and one value (value(c) for map tables, else 0)."""
    val = value or (lambda c: 0)
    out = []
    i = 0
    while i < len(cps):
        best = (i, 1)
        for stride in (1, 2):
            j = i
            while (j + 1 < len(cps) and cps[j + 1] == cps[j] + stride
                   and val(cps[j + 1]) == val(cps[i])):
                j += 1
            if j > best[0]:
                best = (j, stride)
        j, stride = best
        out.append((cps[i], cps[j], stride, val(cps[i])))
        i = j + 1
    return out


def varint(v):
    assert v >= 0
    out = []
    while v >= 0x80:
        out.append(0x80 | (v & 0x7F))
        v >>= 7
    out.append(v)
    return out


# All tables share one index array and one data array (a descriptor is then
# three 16-bit numbers instead of two pointers and a count).
all_index, all_data, descriptors = [], [], []


def emit_table(name, rs, has_value=False):
    assert rs  # (lookup() assumes at least one block)
    index, data = [], []
    nxt = 0
    for k, (lo, hi, st, v) in enumerate(rs):
        if k % BLOCK == 0:
            assert len(data) < 2048
            index.append(nxt | len(data) << 21)
        data += varint(lo - nxt)
        data += varint(((hi - lo) // st) << 1 | (st == 2))
        if has_value:
            data += varint(v * 2 if v >= 0 else -v * 2 - 1)
        nxt = hi + 1
    assert len(data) < 2048
    index.append(0x1FFFFF | len(data) << 21)
    descriptors.append((name, len(all_index), len(index) - 1, len(all_data)))
    all_index.extend(index)
    all_data.extend(data)


def flush_tables():
    assert len(all_index) < 0x10000 and len(all_data) < 0x10000
    print("static const uint32_t uindex[] = {")
    for i in range(0, len(all_index), 6):
        print("    " + " ".join("0x%08X," % w for w in all_index[i:i + 6]))
    print("};")
    print("static const byte udata[] = {")
    for i in range(0, len(all_data), 16):
        print("    " + "".join("%d," % b for b in all_data[i:i + 16]))
    print("};")
    for name, index_start, nblocks, data_start in descriptors:
        print("static const utable_t %s = {%d, %d, %d};" % (name, index_start, nblocks, data_start))


def emit_set(name, cps):
    emit_table(name, runs(sorted(cps)))


def emit_map(name, mapping):
    emit_table(name, runs(sorted(mapping), lambda c: mapping[c] - c), True)


special_tails = []


def emit_special(name, items):
    mapping = {}
    for c, seq in items:
        tail = tuple(ord(x) for x in seq[1:])
        assert 1 <= len(tail) <= 2 and all(x < 0x10000 for x in tail)
        if tail not in special_tails:
            special_tails.append(tail)
        mapping[c] = (ord(seq[0]) - c) * 64 + special_tails.index(tail)
    assert len(special_tails) <= 64
    emit_table(name, runs(sorted(mapping), lambda c: mapping[c]), True)


def flush_special_tails():
    print("static const uint16_t special_tails[][2] = {")
    for i in range(0, len(special_tails), 6):
        print("    " + " ".join("{0x%04X, 0x%04X}," % (t + (0,))[:2] for t in special_tails[i:i + 6]))
    print("};")


def main():
    ch = chr
    cat = unicodedata.category

    def select(pred):
        return [c for c in chars() if pred(c)]

    print("// unicode_tables.h: generated by py/unicode_tables.py from the Unicode")
    print("// Character Database (Unicode %s). Do not edit." % unicodedata.unidata_version)
    print("// Included only by unicode.c.")
    print()
    alpha = set(select(lambda c: ch(c).isalpha()))
    xid_start = set(select(lambda c: ch(c).isidentifier()))
    xid_continue = set(select(lambda c: ("a" + ch(c)).isidentifier()))
    assert xid_start <= xid_continue
    emit_set("alpha", alpha)
    emit_set("xid_start_diff", alpha ^ xid_start)
    emit_set("xid_continue_extra", xid_continue - xid_start)
    decimal = select(lambda c: ch(c).isdecimal())
    drs = runs(decimal)
    for lo, hi, st, _ in drs:
        assert st == 1 and unicodedata.decimal(ch(lo)) == 0 and (hi - lo + 1) % 10 == 0
    emit_table("decimal", [(lo, hi, st, lo % 10) for lo, hi, st, _ in drs], True)
    emit_set("digit", select(lambda c: ch(c).isdigit() and not ch(c).isdecimal()))
    emit_set("numeric", select(lambda c: ch(c).isnumeric() and not ch(c).isdigit()))
    emit_set("nonprint", select(lambda c: not ch(c).isprintable()))
    emit_set("title", select(lambda c: cat(ch(c)) == "Lt"))
    # Case-ignorable (for the final sigma rule): marks, format chars, modifiers
    # and the word-internal punctuation of Unicode's definition.
    emit_set("case_ignorable", select(lambda c: (
        cat(ch(c)) in ("Mn", "Me", "Cf", "Lm", "Sk")
        or c in (0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A))))

    def simple_lower(x):
        lo = x.lower()
        return lo if len(lo) == 1 else x

    upper, lower, title, fold = {}, {}, {}, {}
    sp_upper, sp_lower, sp_title, sp_fold = [], [], [], []
    for c in chars():
        s = ch(c)
        u, l, t, f = s.upper(), s.lower(), s.title(), s.casefold()
        if len(u) == 1:
            if u != s:
                upper[c] = ord(u)
        else:
            sp_upper.append((c, u))
        if len(l) == 1:
            if l != s:
                lower[c] = ord(l)
        else:
            sp_lower.append((c, l))
        if len(t) == 1:
            if t != u:
                title[c] = ord(t)
        elif t != u:
            sp_title.append((c, t))
        # What unicode.c derives when no fold table has an entry for c.
        if len(u) > 1:
            derived = "".join(simple_lower(x) for x in u)
        else:
            derived = l
        if f != derived:
            if len(f) == 1:
                fold[c] = ord(f)
            else:
                sp_fold.append((c, f))
    # upper, lower and cased are stored whole (not derived from the maps) as
    # title() and the case predicates look them up for every character.
    upper_set = set(select(lambda c: ch(c).isupper()))
    lower_set = set(select(lambda c: ch(c).islower()))
    emit_set("upper", upper_set)
    emit_set("lower", lower_set)
    emit_set("cased", upper_set | lower_set | set(select(lambda c: cat(ch(c)) == "Lt")))
    emit_map("upper_map", upper)
    emit_map("lower_map", lower)
    emit_map("title_map", title)
    emit_map("fold_map", fold)
    emit_special("special_upper", sp_upper)
    emit_special("special_lower", sp_lower)
    emit_special("special_title", sp_title)
    emit_special("special_fold", sp_fold)
    flush_tables()
    flush_special_tails()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# size_report.py: where the bytes of the binary come from, read off the
# linker map (`make` writes build/micropython.map). Sizes are of the input
# sections the linker kept (after --gc-sections), so dead functions do not
# count; merged string sections are counted at their input size, which
# overstates strings shared between files a little.
#
#   python3 tools/size_report.py [MAP]              bytes per object file
#   python3 tools/size_report.py [MAP] FILE...      biggest sections of those
#                                                   objects (py/objstr.o ...)
#   python3 tools/size_report.py [MAP] --compare OLD_MAP
#                                                   per-file change
import re
import signal
import sys


def read_map(path):
    """[(object file, section name, size)] for the kept code and read-only data."""
    rows = []
    with open(path) as f:
        lines = f.read().split("Linker script and memory map", 1)[-1].splitlines()
    pending = None
    for line in lines:
        m = re.match(r"^ (\.(?:text|rodata|data\.rel\.ro)[^\s]*)\s*$", line)
        if m:
            pending = m.group(1)
            continue
        m = re.match(r"^ (\.(?:text|rodata|data\.rel\.ro)[^\s]*)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)\s*$", line)
        if m:
            name = m.group(1) or pending
            pending = None
            if name is None:
                continue
            size = int(m.group(3), 16)
            obj = m.group(4)
            obj = re.sub(r"^.*?/((?:py|extmod|ports)/.*)$", r"\1", obj)
            if size:
                rows.append((obj, name, size))
        else:
            pending = None
    return rows


def per_file(rows):
    files = {}
    for obj, name, size in rows:
        t = files.setdefault(obj, [0, 0])
        t[0 if name.startswith(".text") else 1] += size
    return files


def main(argv):
    path = "build/micropython.map"
    if argv and argv[0].endswith(".map"):
        path = argv.pop(0)
    rows = read_map(path)
    files = per_file(rows)
    if argv and argv[0] == "--compare":
        old = per_file(read_map(argv[1]))
        total = 0
        for obj in sorted(set(files) | set(old)):
            a = sum(old.get(obj, [0, 0]))
            b = sum(files.get(obj, [0, 0]))
            if a != b:
                print("%8d %8d %+7d  %s" % (a, b, b - a, obj))
            total += b - a
        print("total change %+d" % total)
        return
    if argv:
        for obj, name, size in sorted(rows, key=lambda r: -r[2]):
            if obj in argv:
                print("%7d  %s  %s" % (size, obj, name))
        return
    print("   code   rodata    total  object")
    tt = tr = 0
    for obj, (t, r) in sorted(files.items(), key=lambda kv: -sum(kv[1])):
        print("%7d  %7d  %7d  %s" % (t, r, t + r, obj))
        tt += t
        tr += r
    print("%7d  %7d  %7d  all objects" % (tt, tr, tt + tr))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly stop when piped into head
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Checks the interactive REPL of the Unix port (build/micropython).

The interpreter runs in a pseudo-terminal, as a person would use it; a
small VT100 screen model turns what it prints into the lines a terminal
would show, so that line-editing redraws are checked by their visible
result. The raw REPL (the protocol of pyboard.py / mpremote) is checked
byte for byte, over the terminal and over pipes.

Usage: python3 tools/test_repl.py [path/to/micropython] [-v] [name-filter]
Prints "N passed, N failed" and exits with status 1 if anything failed.
Standard library only.
"""
import errno
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "micropython")
WIDTH, HEIGHT = 80, 24
VERBOSE = False

UP, DOWN, RIGHT, LEFT = "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D"
CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E = "\x01", "\x02", "\x03", "\x04", "\x05"
BS, TAB, ENTER = "\x7f", "\t", "\r"


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------
# A minimal terminal: enough of VT100 for what a line editor sends.

class Screen:
    def __init__(self, width=WIDTH):
        self.width = width
        self.rows = [[]]
        self.row = 0
        self.col = 0  # == width: "pending wrap" (cursor held in the last column)

    def _put(self, ch):
        if self.col >= self.width:
            self.col = 0
            self._down()
        line = self.rows[self.row]
        while len(line) < self.col:
            line.append(" ")
        if self.col < len(line):
            line[self.col] = ch
        else:
            line.append(ch)
        self.col += 1

    def _down(self):
        self.row += 1
        while len(self.rows) <= self.row:
            self.rows.append([])

    def _csi(self, params, final):
        nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        n = nums[0] if nums and nums[0] > 0 else 1
        self.col = min(self.col, self.width - 1)
        if final == "A":
            self.row = max(0, self.row - n)
        elif final == "B":
            for _ in range(n):
                self._down()
        elif final == "C":
            self.col = min(self.width - 1, self.col + n)
        elif final == "D":
            self.col = max(0, self.col - n)
        elif final == "K":
            del self.rows[self.row][self.col:]
        elif final == "J":
            if params == "2":
                self.rows = [[] for _ in self.rows]
            else:
                del self.rows[self.row][self.col:]
                del self.rows[self.row + 1:]
        elif final == "H":
            r = (nums[0] if nums and nums[0] > 0 else 1) - 1
            c = (nums[1] if len(nums) > 1 and nums[1] > 0 else 1) - 1
            # Clearing the screen scrolls nothing here: use a fresh area.
            self.row, self.col = r, c
            while len(self.rows) <= self.row:
                self.rows.append([])

    def feed(self, data):
        text = data.decode("utf-8", "replace")
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\x1b":
                m = re.match(r"\x1b\[([0-9;?]*)([@-~])", text[i:])
                if m:
                    self._csi(m.group(1), m.group(2))
                    i += m.end()
                    continue
                i += 2
                continue
            if ch == "\r":
                self.col = 0
            elif ch == "\n":
                self._down()
            elif ch == "\b":
                self.col = max(0, min(self.col, self.width) - 1)
            elif ch >= " ":
                self._put(ch)
            i += 1

    def lines(self):
        out = ["".join(r).rstrip() for r in self.rows]
        while out and out[-1] == "":
            out.pop()
        return out


# ---------------------------------------------------------------------------
# An interpreter in a pseudo-terminal.

class Session:
    def __init__(self, args=(), width=WIDTH):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, width, 0, 0))
                os.execv(BINARY, [BINARY] + list(args))
            finally:
                os._exit(127)
        self.width = width
        self.out = b""
        self.mark = 0
        self.status = None

    def send(self, keys):
        if isinstance(keys, str):
            keys = keys.encode()
        os.write(self.fd, keys)

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError as e:
            if e.errno == errno.EIO:
                data = b""
            else:
                raise
        if not data:
            raise EOFError
        self.out += data
        return True

    def expect(self, pattern, timeout=5.0):
        """Wait until `pattern` (bytes, or compiled regex) appears after the
        mark; return what came before it and move the mark past it."""
        end = time.time() + timeout
        while True:
            hay = self.out[self.mark:]
            if isinstance(pattern, bytes):
                k = hay.find(pattern)
                if k >= 0:
                    self.mark += k + len(pattern)
                    return hay[:k]
            else:
                m = pattern.search(hay)
                if m:
                    self.mark += m.end()
                    return hay[:m.start()]
            try:
                if not self._read(end - time.time()) and time.time() >= end:
                    raise Failure("timed out waiting for %r; got %r" % (pattern, hay[-300:]))
            except EOFError:
                raise Failure("interpreter ended while waiting for %r; got %r" % (pattern, hay[-300:]))

    def settle(self, quiet=0.15, timeout=3.0):
        """Read until no output arrives for `quiet` seconds."""
        end = time.time() + timeout
        try:
            while time.time() < end and self._read(quiet):
                pass
        except EOFError:
            pass

    def line(self, text, prompt=b">>> "):
        """Type a line and wait for the next prompt."""
        self.send(text + ENTER)
        self.expect(b"\n")
        self.expect(prompt)

    def run(self, keys):
        """Type keys ending with Enter and wait for the prompt that follows
        the output (prompts drawn while editing do not count)."""
        self.settle()
        self.mark = len(self.out)
        self.send(keys + ENTER)
        self.expect(b"\n")
        self.expect(b">>> ")

    def shows(self, last, what="", timeout=5.0):
        """Wait until the screen ends with the line(s) `last`."""
        if isinstance(last, str):
            last = [last]
        end = time.time() + timeout
        while True:
            got = self.screen()[-len(last):]
            if got == last:
                return
            try:
                if not self._read(0.05) and time.time() >= end:
                    raise Failure("%s: screen ends with %r, want %r" % (what, got, last))
            except EOFError:
                raise Failure("%s: interpreter ended; screen ends with %r" % (what, got))

    def wait_running(self, timeout=5.0):
        """Wait until code runs (the terminal has signal keys again)."""
        end = time.time() + timeout
        while not (self.term_attrs()[3] & termios.ISIG):
            if time.time() >= end:
                raise Failure("code did not start")
            time.sleep(0.02)
        time.sleep(0.05)

    def screen(self):
        s = Screen(self.width)
        s.feed(self.out)
        return s.lines()

    def wait_exit(self, timeout=5.0):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                return status
            try:
                self._read(0.05)
            except EOFError:
                pass
        raise Failure("interpreter did not exit")

    def term_attrs(self):
        return termios.tcgetattr(self.fd)

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def check_lines(got, expected, what=""):
    if got != expected:
        raise Failure("%s screen mismatch:\n  expected %r\n  got      %r" % (what, expected, got))


def tail_after(lines, first):
    """The screen lines from the last one equal to `first`."""
    for k in range(len(lines) - 1, -1, -1):
        if lines[k] == first:
            return lines[k:]
    raise Failure("line %r not on screen: %r" % (first, lines))


def start(**kw):
    s = Session(**kw)
    s.expect(b">>> ")
    return s


# ---------------------------------------------------------------------------
# The checks

def test_banner():
    s = start()
    try:
        check(re.fullmatch(rb'MicroPython v\d+\.\d+\.\d+\S* on \d{4}-\d\d-\d\d; \S+ version\r\n'
                           rb'Type "help\(\)" for more information\.\r\n>>> ', s.out) is not None,
              "banner: %r" % s.out)
    finally:
        s.close()


def test_expression_echo_and_underscore():
    s = start()
    try:
        s.line("1 + 2")
        s.line("x = _")
        s.line("x")
        s.line("None")
        s.line("12**34")
        s.line("'a' * 3")
        check_lines(s.screen()[2:], [">>> 1 + 2", "3", ">>> x = _", ">>> x", "3", ">>> None",
                                     ">>> 12**34", "4922235242952026704037113243122008064",
                                     ">>> 'a' * 3", "'aaa'", ">>>"])
    finally:
        s.close()


def test_traceback_returns_to_prompt():
    s = start()
    try:
        s.line("1/0")
        s.line("print('still here')")
        check_lines(s.screen()[2:], [">>> 1/0", "Traceback (most recent call last):",
                                     '  File "<stdin>", line 1, in <module>',
                                     "ZeroDivisionError: division by zero",
                                     ">>> print('still here')", "still here", ">>>"])
    finally:
        s.close()


def test_auto_indent_spec_example():
    # The example of the REPL chapter, "Auto-indent", typed key by key.
    s = start()
    try:
        s.line("for i in range(30):", b"... ")
        s.line("if i > 3:", b"... ")
        s.line("break", b"... ")
        s.send(BS)
        s.line("print(i)", b"... ")
        s.send(BS)
        s.line("")
        check_lines(tail_after(s.screen(), ">>> for i in range(30):"),
                    [">>> for i in range(30):", "...     if i > 3:", "...         break",
                     "...     print(i)", "...", "0", "1", "2", "3", ">>>"])
    finally:
        s.close()


def test_three_enters_end_a_block():
    s = start()
    try:
        s.line("if True:", b"... ")
        s.line("print(5)", b"... ")
        s.line("", b"... ")   # keeps the indent
        s.line("", b"... ")   # second blank line: no indent any more
        check("5" not in s.screen()[-4:], "ran too early")
        s.line("")            # third Enter runs it
        check_lines(s.screen()[-3:], ["...", "5", ">>>"])
    finally:
        s.close()


def test_backspace_removes_one_level():
    s = start()
    try:
        s.line("if 1:", b"... ")
        s.line("if 1:", b"... ")
        s.line("print(7)", b"... ")
        s.send(BS)
        s.line("print(8)", b"... ")
        s.send(BS)
        s.line("")
        check_lines(tail_after(s.screen(), ">>> if 1:"),
                    [">>> if 1:", "...     if 1:", "...         print(7)", "...     print(8)", "...",
                     "7", "8", ">>>"])
    finally:
        s.close()


def test_continuation_brackets_quotes_backslash():
    s = start()
    try:
        s.line("(1 +", b"... ")
        s.line("2)")
        s.line('"""a', b"... ")
        s.line('b"""')
        s.line("3 + \\", b"... ")
        s.line("4")
        s.line("[1, # ]", b"... ")
        s.line("2]")
        s.line("match 5:", b"... ")
        s.line("case 5: print('five')", b"... ")
        s.send(BS)
        s.line("")
        check_lines(s.screen()[2:], [">>> (1 +", "... 2)", "3", '>>> """a', '... b"""', "'a\\nb'",
                                     ">>> 3 + \\", "... 4", "7", ">>> [1, # ]", "... 2]", "[1, 2]",
                                     ">>> match 5:", "...     case 5: print('five')", "...", "five", ">>>"])
    finally:
        s.close()


def test_ctrl_c_cancels_input():
    s = start()
    try:
        s.send("abc" + CTRL_C)
        s.expect(b">>> ")
        s.line("for i in range(3):", b"... ")
        s.send("print(i)" + CTRL_C)
        s.expect(b">>> ")
        s.line("1")
        check_lines(s.screen()[2:], [">>> abc", ">>> for i in range(3):", "...     print(i)",
                                     ">>> 1", "1", ">>>"])
    finally:
        s.close()


def test_ctrl_c_interrupts_running_code():
    s = start()
    try:
        s.line("while True: pass", b"... ")
        s.send(ENTER)
        s.wait_running()
        s.send(CTRL_C)
        s.expect(b"KeyboardInterrupt")
        s.expect(b">>> ")
        s.line("n = 0", b">>> ")
        s.line("def f():", b"... ")
        s.line("global n", b"... ")
        s.line("while True: n += 1", b"... ")
        s.send(BS + ENTER)
        s.expect(b">>> ")
        s.send("f()" + ENTER)
        s.wait_running()
        s.send(CTRL_C)
        s.expect(b"KeyboardInterrupt")
        s.expect(b">>> ")
        s.line("n > 0")
        check(s.screen()[-2] == "True", "loop did not run: %r" % s.screen()[-4:])
        s.send("input()" + ENTER)    # a blocking read is interrupted too
        s.wait_running()
        s.send(CTRL_C)
        s.expect(b"KeyboardInterrupt")
        s.expect(b">>> ")
    finally:
        s.close()


def test_history():
    s = start()
    try:
        s.line("1 + 1")
        s.line("2 + 2")
        s.send(UP + UP)
        s.shows(">>> 1 + 1", "two Ups")
        s.send(DOWN)
        s.shows(">>> 2 + 2", "Down")
        s.send(DOWN)
        s.shows(">>>", "back to the new line")
        s.send("zz" + UP + DOWN)
        s.shows(">>> zz", "typed text kept")
        s.send(CTRL_C)
        s.expect(b">>> ")
        s.run(UP)
        check(s.screen()[-2] == "4", "recalled line ran: %r" % s.screen()[-3:])
        # At least 100 entries.
        for k in range(110):
            s.line("v%d = %d" % (k, k))
        s.send(UP * 100)
        s.shows(">>> v10 = 10", "100th entry")
        s.send(UP)
        s.send("#")
        s.shows(">>> v10 = 10#", "no 101st entry")
    finally:
        s.close()


def test_line_editing_keys():
    cases = [
        # (keys, value printed)
        ("rint('bc')\x1b[Hp\x1b[F" + LEFT * 2 + "d", "bcd"),          # Home/End (ESC [ H / F)
        ("rint(1)\x1bOHp\x1bOF", "1"),                                   # ESC O H / F
        ("rint(2)\x1b[1~p\x1b[4~", "2"),                                  # ESC [ 1~ / 4~
        ("rint(3)\x1b[7~p\x1b[8~", "3"),                                  # ESC [ 7~ / 8~
        ("rint(4)" + CTRL_A + "p" + CTRL_E, "4"),                         # Ctrl-A / Ctrl-E on a non-empty line
        ("print(9876)" + "\x1b[H" + RIGHT * 6 + "\x1b[3~", "876"),       # Delete
        ("print(123)" + LEFT * 4 + BS + "(", "123"),                      # Backspace mid-line
        ("print(5)junk" + LEFT * 4 + "\x0b", "5"),                        # Ctrl-K
        ("garbage\x15print(6)", "6"),                                     # Ctrl-U
        ("print(7) foo\x17", "7"),                                        # Ctrl-W
        ("8\x15\x19+\x19", "16"),                                         # Ctrl-U then Ctrl-Y twice
        ("print(11, 22)\x1bb\x1bb3", "311 22"),                           # ESC b
        ("print(11, 22)\x1b[H\x1bf\x1bf0", "110 22"),                     # ESC f
        ("print(11, 22)\x1b[1;5D\x1b[1;5D4", "411 22"),                   # Ctrl-Left
        ("print(11, 22)\x1b[H\x1b[1;5C\x1b[1;5C5", "115 22"),             # Ctrl-Right
        ("print(11, 22)\x1b[1;3D6", "11 622"),                            # Alt-Left
        ("print(11, 22)\x1b\x1b[D\x1b\x1b[D7", "711 22"),                  # ESC-prefixed Left
        ("11 + 22\x1b[H\x1b\x1bOC0", "132"),                               # ESC-prefixed SS3 Right
        ("print(1, 2)\x02\x02\x02\x06\x0477", "1 77"),               # Ctrl-B/F/D (emacs)
        ("print('x\u00e9')" + LEFT * 2 + BS, "x"),                      # UTF-8 backspace
        ("print('h\u00e9llo')" + LEFT * 3 + BS + "L", "h\u00e9lLo"),     # UTF-8
    ]
    s = start()
    try:
        for keys, want in cases:
            s.run(keys)
            got = s.screen()[-2]
            check(got == want, "keys %r: printed %r, want %r" % (keys, got, want))
    finally:
        s.close()


def test_long_line_wraps():
    s = start(width=40)
    try:
        body = "a" * 60
        s.send("print('%s')" % body + "\x1b[H" + RIGHT * 7 + "X" + "\x1b[F" + LEFT * 2 + "Y")
        want = ">>> print('X%sY')" % body
        s.shows([want[:40], want[40:]], "wrapped line")
        s.run("")
        check(s.screen()[-3] + s.screen()[-2] == "X%sY" % body, "ran %r" % s.screen()[-3:])
    finally:
        s.close()


def test_tab_completion():
    s = start()
    try:
        s.line("import sys")
        s.send("sys.pa" + TAB)
        s.shows(">>> sys.path", "unique")
        s.send(CTRL_C)
        s.expect(b">>> ")
        s.send("sys.std" + TAB)
        s.shows([">>> sys.std", "stderr          stdin           stdout", ">>> sys.std"], "candidates")
        s.send(CTRL_C)
        s.expect(b">>> ")
        s.line("xyz_long_name_1 = 1")
        s.line("xyz_long_name_2 = 2")
        s.send("xyz" + TAB)
        s.shows(">>> xyz_long_name_", "common prefix")
        s.send(TAB)
        s.shows(["xyz_long_name_1" + " " * 17 + "xyz_long_name_2", ">>> xyz_long_name_"], "second Tab")
        s.run("2")
        check(s.screen()[-2] == "2", "completed name ran")
        s.run("pri" + TAB + "(42)")   # a builtin
        check(s.screen()[-2] == "42", "builtin completion: %r" % s.screen()[-3:])
        s.line("class K:", b"... ")
        s.line("def method_one(self): pass", b"... ")
        s.send(BS)
        s.line("")
        s.line("k = K()")
        s.line("k.attr_x = 3")
        s.send("k." + TAB)
        s.shows(["attr_x          method_one", ">>> k."], "instance attributes")
        s.run("m" + TAB)
        check(s.screen()[-2].startswith("<bound method"), "k.method_one: %r" % s.screen()[-3:])
        s.send("if 1:" + ENTER)
        s.expect(b"... ")
        s.send(BS + TAB)   # Tab on an empty line indents
        s.line("x = 1", b"... ")
        s.send(BS)
        s.line("")
        check(s.screen()[-3] == "...     x = 1", "tab indent: %r" % s.screen()[-4:])
    finally:
        s.close()


PASTE_TEXT = ("def foo():\r"
              "    print('This is a test to show paste mode')\r"
              "    print('Here is a second line')\r"
              "foo()\r")


def test_paste_mode():
    s = start()
    try:
        s.send(CTRL_E)
        s.expect(b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
        s.send(PASTE_TEXT)
        s.send(CTRL_D)
        s.expect(b">>> ")
        check_lines(s.screen()[2:], [">>>", "paste mode; Ctrl-C to cancel, Ctrl-D to finish",
                                     "=== def foo():",
                                     "===     print('This is a test to show paste mode')",
                                     "===     print('Here is a second line')", "=== foo()", "===",
                                     "This is a test to show paste mode", "Here is a second line", ">>>"])
        # Blank lines are kept; Ctrl-C cancels.
        s.send(CTRL_E + "if 1:\r\r    print(8)\r" + CTRL_D)
        s.expect(b">>> ")
        check(s.screen()[-2] == "8", "blank line in paste: %r" % s.screen()[-3:])
        s.send(CTRL_E + "print(9)\r" + CTRL_C)
        s.expect(b">>> ")
        s.line("1")
        check("9" not in s.screen()[-6:], "cancelled paste ran")
    finally:
        s.close()


def enter_raw(s):
    s.send(CTRL_A)
    got = s.expect(b"raw REPL; CTRL-B to exit\r\n>")
    check(got == b"\r\n", "before the raw REPL banner: %r" % got)


def test_raw_repl_round_trip():
    s = start()
    try:
        enter_raw(s)
        s.send("print('hi')\r\nx = 42\r\n" + CTRL_D)
        got = s.expect(b">", timeout=5)
        check(got == b"OKhi\r\n\x04\x04", "normal run: %r" % got)
        s.send("print(x)\nprint(y)" + CTRL_D)
        got = s.expect(b"\x04>")
        want = (b"OK42\r\n\x04Traceback (most recent call last):\r\n"
                b'  File "<stdin>", line 2, in <module>\r\n'
                b"NameError: name 'y' is not defined\r\n\x04")
        check(got + b"\x04" == want, "error run: %r" % got)
        # Ctrl-C clears what was sent so far; Ctrl-A restarts the raw REPL.
        s.send("garbage" + CTRL_C + "print(5)" + CTRL_D)
        got = s.expect(b">")
        check(got == b"OK5\r\n\x04\x04", "after Ctrl-C: %r" % got)
        s.send("junk" + CTRL_A)
        s.expect(b"raw REPL; CTRL-B to exit\r\n>")
        s.send("print(6)" + CTRL_D)
        check(s.expect(b">") == b"OK6\r\n\x04\x04", "after Ctrl-A")
        # Back to the friendly REPL.
        s.send(CTRL_B)
        got = s.expect(b">>> ")
        check(re.fullmatch(rb'\r\nMicroPython v\S+ on \S+; \S+ version\r\n'
                           rb'Type "help\(\)" for more information\.\r\n', got) is not None,
              "Ctrl-B: %r" % got)
        s.line("x")
        check(s.screen()[-2] == "42", "state kept after Ctrl-B")
    finally:
        s.close()


def test_raw_repl_interrupt():
    s = start()
    try:
        enter_raw(s)
        s.send("while True: pass" + CTRL_D)
        s.expect(b"OK")
        s.wait_running()
        s.send(CTRL_C)
        got = s.expect(b"\x04>")
        check(got.startswith(b"\x04Traceback (most recent call last):\r\n") and b"KeyboardInterrupt" in got,
              "interrupt: %r" % got)
    finally:
        s.close()


def test_soft_reset():
    s = start()
    try:
        s.line("import sys")
        s.line("sys.modules['fake_mod'] = 1")
        s.line("x = 1")
        enter_raw(s)
        s.send(CTRL_D)
        got = s.expect(b"raw REPL; CTRL-B to exit\r\n>")
        check(got == b"OK\r\nPYB: soft reboot\r\n", "soft reset: %r" % got)
        s.send("print('x' in globals())\nimport sys\nprint('fake_mod' in sys.modules, __name__)" + CTRL_D)
        got = s.expect(b">")
        check(got == b"OKFalse\r\nFalse __main__\r\n\x04\x04", "state after reset: %r" % got)
    finally:
        s.close()


def test_ctrl_d_exits_and_restores_terminal():
    s = start()
    try:
        s.line("1")
        s.send(CTRL_D)
        status = s.wait_exit()
        check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "exit status %r" % status)
        after = s.term_attrs()
        check(after[3] & termios.ICANON and after[3] & termios.ECHO and after[3] & termios.ISIG,
              "terminal left in raw mode")
    finally:
        s.close()


def test_sys_exit_status_and_signal_restore():
    s = start()
    try:
        s.line("import sys")
        s.send("sys.exit(7)" + ENTER)
        status = s.wait_exit()
        check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 7, "exit status %r" % status)
    finally:
        s.close()
    s = start()
    try:
        s.send("abc")
        s.shows(">>> abc")
        check(not (s.term_attrs()[3] & termios.ICANON), "editing in raw mode")
        os.kill(s.pid, signal.SIGTERM)
        s.wait_exit()
        check(s.term_attrs()[3] & termios.ICANON, "terminal not restored after SIGTERM")
    finally:
        s.close()


def test_input_while_running():
    s = start()
    try:
        s.send("x = input('? ')" + ENTER)
        s.expect(b"\n")
        s.expect(b"? ")
        s.send("hello" + ENTER)
        s.expect(b">>> ")
        s.line("x")
        check(s.screen()[-2] == "'hello'", "input(): %r" % s.screen()[-4:])
    finally:
        s.close()


def test_raw_repl_over_pipes():
    p = subprocess.Popen([BINARY, "-i"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, bufsize=0)
    buf = [b""]

    def until(end, timeout=5.0):
        limit = time.time() + timeout
        while end not in buf[0]:
            r, _, _ = select.select([p.stdout], [], [], max(0.0, limit - time.time()))
            if not r:
                raise Failure("pipe: timed out waiting for %r; got %r" % (end, buf[0]))
            data = os.read(p.stdout.fileno(), 4096)
            if not data:
                raise Failure("pipe: ended waiting for %r; got %r" % (end, buf[0]))
            buf[0] += data
        k = buf[0].index(end) + len(end)
        got, buf[0] = buf[0][:k - len(end)], buf[0][k:]
        return got

    try:
        until(b">>> ")
        p.stdin.write(b"\r\x03\x03")   # what pyboard.py sends first
        p.stdin.write(b"\r\x01")
        until(b"raw REPL; CTRL-B to exit\r\n>")
        p.stdin.write(b"\x04")
        check(until(b"soft reboot\r\n") == b"OK\r\nPYB: ", "pipe soft reset")
        until(b"raw REPL; CTRL-B to exit\r\n>")
        p.stdin.write(b"print(1+1)\nz = 3\x04")
        check(until(b">") == b"OK2\n\x04\x04", "pipe run")
        p.stdin.write(b"print(z)\n1/0\x04")
        got = until(b"\x04>")
        check(got.startswith(b"OK3\n\x04Traceback") and got.endswith(b"ZeroDivisionError: division by zero\n"),
              "pipe error run: %r" % got)
        p.stdin.write(b"\x02")
        until(b"more information.\r\n>>> ")
        p.stdin.write(b"\x05for i in range(2):\n    print(i)\n\x04")
        got = until(b">>> ")
        check(got.endswith(b"\n0\n1\n"), "pipe paste mode: %r" % got)
        p.stdin.write(b"if 1:\n    z = 10\n\nz\n")    # no auto-indent from a pipe
        got = until(b">>> ", 5)
        got += until(b">>> ", 5)
        check(got.endswith(b"10\n"), "pipe block: %r" % got)
        p.stdin.close()
        rc = p.wait(5)
        check(rc == 0, "pipe exit status %r" % rc)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def test_kbd_intr():
    # micropython.kbd_intr(-1): Ctrl-C is input for the running code; the
    # next statement has it back as the interrupt key.
    s = start()
    try:
        s.line("import micropython")
        s.send("micropython.kbd_intr(-1); x = input()" + ENTER)
        s.wait_running()
        s.send(CTRL_C + "ab" + ENTER)
        s.expect(b">>> ")
        s.line("x")
        check(s.screen()[-2] == "'\\x03ab'", "Ctrl-C as input: %r" % s.screen()[-4:])
        s.line("while True: pass", b"... ")
        s.send(ENTER)
        s.wait_running()
        s.send(CTRL_C)
        s.expect(b"KeyboardInterrupt")
        s.expect(b">>> ")
    finally:
        s.close()


def test_dupterm():
    # uos.dupterm: the console is repeated on a stream object, and input
    # available from it is taken as typed.
    s = start()
    try:
        s.line("import uos")
        s.line("class D:", b"... ")
        s.line("def __init__(self): self.inp = bytearray(b'print(6 * 7)\\r'); self.out = []", b"... ")
        s.line("def write(self, b): self.out.append(bytes(b))", b"... ")
        s.line("def readinto(self, buf):", b"... ")
        s.line("if not self.inp: return None", b"... ")
        s.line("buf[0] = self.inp.pop(0); return 1", b"... ")
        s.send(BS + BS)
        s.line("")
        s.send("d = D(); uos.dupterm(d)" + ENTER)
        s.expect(b"42\r\n>>> ")
        s.line("uos.dupterm(None) is d")
        s.line("b''.join(d.out).replace(b'>', b'}')")
        check_lines(s.screen()[-8:-1], [">>> d = D(); uos.dupterm(d)", ">>> print(6 * 7)", "42",
                                      ">>> uos.dupterm(None) is d", "True", ">>> b''.join(d.out).replace(b'>', b'}')",
                                      repr(b"}}} print(6 * 7)\n42\n}}} uos.dupterm(None) is d\n")], "dupterm")
    finally:
        s.close()


# ---------------------------------------------------------------------------
# The examples of the documentation's REPL chapters (3.2.3 "Using the REPL",
# 5.2 "The MicroPython Interactive Interpreter Mode"), typed key by key, with
# the whole screen compared with what the documentation shows. Where an
# example needs a board module (machine, pyb), an equivalent with a module
# of the Unix port is used.

def screen_after_banner(s):
    lines = s.screen()
    check(lines[:2] == [lines[0], 'Type "help()" for more information.'] and lines[0].startswith("MicroPython v"),
          "banner: %r" % lines[:2])
    return lines[2:]


def test_spec_using_the_repl():
    s = start()
    try:
        s.line("print('hello esp8266!')")
        s.line("1 + 2")
        s.line("1 / 2")
        s.line("12**34")
        s.line("def toggle(p):", b"... ")
        s.line("p.value(not p.value())", b"... ")
        s.send(BS)
        s.line("")
        s.line("class Pin:", b"... ")
        s.line("v = 0", b"... ")
        s.line("def value(self, x=None):", b"... ")
        s.line("if x is None: return self.v", b"... ")
        s.line("self.v = x", b"... ")
        s.send(BS + BS)
        s.line("")
        s.line("pin = Pin()")
        s.line("toggle(pin)")
        s.line("pin.value()")
        check_lines(screen_after_banner(s), [
            ">>> print('hello esp8266!')", "hello esp8266!",
            ">>> 1 + 2", "3",
            ">>> 1 / 2", "0.5",
            ">>> 12**34", "4922235242952026704037113243122008064",
            ">>> def toggle(p):", "...     p.value(not p.value())", "...",
            ">>> class Pin:", "...     v = 0", "...     def value(self, x=None):",
            "...         if x is None: return self.v", "...         self.v = x", "...",
            ">>> pin = Pin()", ">>> toggle(pin)", ">>> pin.value()", "True", ">>>"], "3.2.3")
    finally:
        s.close()


def test_spec_tab_completion():
    # 5.2.2 with the micropython module in place of machine: "m" Tab
    # completes the imported name (the user's names come before the
    # builtins), "." Tab lists the module's contents.
    s = start()
    try:
        s.line("import micropython")
        s.send("m" + TAB)
        s.shows(">>> micropython", "m Tab")
        s.send("." + TAB)
        s.shows([">>> micropython.",
                 "alloc_emergency_exception_buf   const           heap_lock",
                 "heap_locked     heap_unlock     kbd_intr        mem_info",
                 "native          opt_level       qstr_info       schedule",
                 "stack_use       viper",
                 ">>> micropython."], "module contents")
        s.run("opt" + TAB + "()")
        check_lines(screen_after_banner(s)[-3:], [">>> micropython.opt_level()", "0", ">>>"], "completed call")
    finally:
        s.close()


def test_spec_interrupting():
    # 5.2.3: Ctrl-C stops a running program with KeyboardInterrupt.
    s = start()
    try:
        s.line("for i in range(1000000):", b"... ")
        s.line("print(i)", b"... ")
        s.send(BS + ENTER)
        s.expect(b"\n")
        s.expect(b"\n1000\r\n", timeout=10)
        s.send(CTRL_C)
        s.expect(b">>> ")
        lines = s.screen()
        check(lines[-1] == ">>>" and lines[-2] == "KeyboardInterrupt"
              and re.fullmatch(r'  File "<stdin>", line [12], in <module>', lines[-3])
              and lines[-4].endswith("Traceback (most recent call last):"),
              "interrupted: %r" % lines[-6:])  # the terminal echoes ^C and drops pending output
        check(lines[2:6] == [">>> for i in range(1000000):", "...     print(i)", "...", "0"],
              "start: %r" % lines[2:6])
    finally:
        s.close()


def test_spec_paste_without_paste_mode():
    # 5.2.4: indented text pasted at the normal prompt gets auto-indented
    # again, and fails.
    s = start()
    try:
        s.send(PASTE_TEXT)
        s.expect(b"...")
        s.settle()
        s.send(ENTER * 3)
        s.expect(b">>> ")
        s.settle()
        check_lines(screen_after_banner(s), [
            ">>> def foo():",
            "...         print('This is a test to show paste mode')",
            "...             print('Here is a second line')",
            "...             foo()",
            "...",
            "...",
            "...",
            "Traceback (most recent call last):",
            '  File "<stdin>", line 3',
            "IndentationError: unexpected indent",
            ">>>"], "5.2.4")
    finally:
        s.close()


def test_spec_soft_reset():
    # 5.2.5: variables disappear with a soft reset (on Unix, Ctrl-D in the
    # raw REPL; Ctrl-D at the normal prompt exits).
    s = start()
    try:
        s.line("dir()")
        s.line("i = 1")
        s.line("j = 23")
        s.line("x = 'abc'")
        s.line("dir()")
        enter_raw(s)
        s.send(CTRL_D)
        s.expect(b"PYB: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>")
        s.send(CTRL_B)
        s.expect(b">>> ")
        s.line("dir()")
        lines = screen_after_banner(s)
        before = [">>> dir()", "['__builtins__', '__name__']", ">>> i = 1", ">>> j = 23", ">>> x = 'abc'",
                  ">>> dir()", "['__builtins__', '__name__', 'i', 'j', 'x']"]
        check_lines(lines[:len(before)], before, "before the reset")
        after = lines[len(before):]
        check(len(after) == 11 and re.fullmatch(r"MicroPython v\S+ on \S+; \S+ version", after[6]) is not None,
              "after the reset: %r" % after)
        check_lines(after[:6] + after[7:], [">>>", "raw REPL; CTRL-B to exit", ">OK", "PYB: soft reboot",
                                           "raw REPL; CTRL-B to exit", ">", 'Type "help()" for more information.',
                                           ">>> dir()", "['__builtins__', '__name__']", ">>>"], "after the reset")
    finally:
        s.close()


def test_spec_underscore():
    # 5.2.6
    s = start()
    try:
        s.line("1 + 2 + 3 + 4 + 5")
        s.line("x = _")
        s.line("x")
        check_lines(screen_after_banner(s), [">>> 1 + 2 + 3 + 4 + 5", "15", ">>> x = _", ">>> x", "15", ">>>"],
                    "5.2.6")
    finally:
        s.close()


def test_help():
    s = start()
    try:
        s.line("help()")
        s.line("import gc")
        s.line("help(gc)")
        lines = screen_after_banner(s)
        check_lines(lines[:14], [
            ">>> help()",
            "Welcome to MicroPython!",
            "",
            "For online docs please visit http://docs.micropython.org/",
            "",
            "Control commands:",
            "  CTRL-A        -- on a blank line, enter raw REPL mode",
            "  CTRL-B        -- on a blank line, enter normal REPL mode",
            "  CTRL-C        -- interrupt a running program",
            "  CTRL-D        -- on a blank line, exit or do a soft reset",
            "  CTRL-E        -- on a blank line, enter paste mode",
            "",
            "For further help on a specific object, type help(obj)",
            ">>> import gc"], "help()")
        rest = lines[14:]
        check(rest[0] == ">>> help(gc)" and rest[1] == "object <module 'gc'> is of type module", "help(gc): %r" % rest[:2])
        for name in ("collect", "enable", "disable", "isenabled", "mem_alloc", "mem_free", "threshold"):
            check("  %s -- <built-in function %s>" % (name, name) in rest, "help(gc) lacks %s: %r" % (name, rest))
    finally:
        s.close()


TESTS = [v for k, v in list(globals().items()) if k.startswith("test_")]


def main():
    global BINARY, VERBOSE
    filters = []
    for a in sys.argv[1:]:
        if a == "-v":
            VERBOSE = True
        elif os.path.sep in a or os.path.isfile(a):
            BINARY = os.path.abspath(a)
        else:
            filters.append(a)
    if not os.access(BINARY, os.X_OK):
        print("no interpreter at %s" % BINARY)
        return 2
    passed = failed = 0
    for t in TESTS:
        if filters and not any(f in t.__name__ for f in filters):
            continue
        try:
            t()
            passed += 1
            if VERBOSE:
                print("pass  %s" % t.__name__)
        except Failure as e:
            failed += 1
            print("FAIL  %s: %s" % (t.__name__, e))
        except Exception as e:  # a bug in the harness or a crash: still a failure
            failed += 1
            print("FAIL  %s: %s: %s" % (t.__name__, type(e).__name__, e))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

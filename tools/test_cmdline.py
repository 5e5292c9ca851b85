#!/usr/bin/env python3
"""Checks the command line of the Unix port (build/micropython).

Each case runs the interpreter with some arguments, standard input and
environment, in a scratch folder holding a few scripts and modules, and
checks its standard output, standard error and exit status.

Usage: python3 tools/test_cmdline.py [path/to/micropython] [-v] [name-filter]
Prints "N passed, N failed" and exits with status 1 if anything failed.
Standard library only.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "micropython")
VERBOSE = False


class Failure(Exception):
    pass


# Files made in the scratch folder (relative path -> text).
FILES = {
    "hello.py": "print('hello')\n",
    "show_argv.py": "import sys\nprint(sys.argv)\n",
    "show_main.py": "print(__name__, __file__)\n",
    "show_path0.py": "import sys\nprint(sys.path[0])\n",
    "raises.py": "print('before')\nraise ValueError('bad value')\n",
    "syntax_err.py": "x = (1,\n",
    "exit3.py": "import sys\nprint('out')\nsys.exit(3)\n",
    "reads_stdin.py": "import sys\nprint(sys.stdin.read().upper(), end='')\n",
    "sleeper.py": "import sys\nprint('ready')\nsys.stdout.flush()\nwhile True:\n    pass\n",
    "many_lines.py": "for i in range(20000):\n    print(i)\n",
    "mod_main.py": "import sys\nprint('mod', __name__, sys.argv)\n",
    "pkg/__init__.py": "print('pkg init')\n",
    "pkg/__main__.py": "print('pkg main', __name__)\n",
    "sub/inner.py": "import sys\nprint(sys.path[0].endswith('/sub'))\n",
    "lib1/extmod.py": "VALUE = 41\n",
    "dir with space/sp.py": "print('space ok')\n",
}


class Case:
    def __init__(self, name, args, stdin=b"", env=None, unset=(), rc=0, out=None, err=None,
                 out_has=(), err_has=(), out_re=None, err_re=None, check=None, sigint_after=None):
        self.name = name
        self.args = args
        self.stdin = stdin.encode() if isinstance(stdin, str) else stdin
        self.env = env or {}
        self.unset = unset
        self.rc = rc
        self.out = out
        self.err = err
        self.out_has = (out_has,) if isinstance(out_has, str) else out_has
        self.err_has = (err_has,) if isinstance(err_has, str) else err_has
        self.out_re = out_re
        self.err_re = err_re
        self.check = check  # extra function(out, err) -> error message or None
        self.sigint_after = sigint_after  # send SIGINT once this text is on stdout


def run(case, workdir, home):
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    env["HOME"] = home
    for k, v in case.env.items():
        env[k] = v.replace("{work}", workdir).replace("{home}", home)
    for k in case.unset:
        env.pop(k, None)
    args = [a.replace("{work}", workdir) for a in case.args]
    p = subprocess.Popen([BINARY] + args, cwd=workdir, env=env, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if case.sigint_after is None:
        try:
            out, err = p.communicate(case.stdin, timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            raise Failure("timed out")
    else:
        p.stdin.close()
        p.stdin = None
        got = b""
        end = time.time() + 10
        while case.sigint_after.encode() not in got:
            chunk = p.stdout.read1(4096)
            if not chunk or time.time() > end:
                p.kill()
                p.wait()
                raise Failure("never printed %r" % case.sigint_after)
            got += chunk
        time.sleep(0.1)
        p.send_signal(signal.SIGINT)
        try:
            rest, err = p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            raise Failure("SIGINT did not stop it")
        out = got + rest
    return p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def verify(case, rc, out, err):
    problems = []
    if rc < 0:
        problems.append("killed by signal %d" % -rc)
    elif case.rc is not None and rc != case.rc:
        problems.append("exit status %d, want %d" % (rc, case.rc))
    if case.out is not None and out != case.out:
        problems.append("stdout %r, want %r" % (out, case.out))
    if case.err is not None and err != case.err:
        problems.append("stderr %r, want %r" % (err, case.err))
    for s in case.out_has:
        if s not in out:
            problems.append("stdout lacks %r: %r" % (s, out[-500:]))
    for s in case.err_has:
        if s not in err:
            problems.append("stderr lacks %r: %r" % (s, err[-500:]))
    if case.out_re is not None and not re.search(case.out_re, out, re.S):
        problems.append("stdout does not match %r: %r" % (case.out_re, out[-500:]))
    if case.err_re is not None and not re.search(case.err_re, err, re.S):
        problems.append("stderr does not match %r: %r" % (case.err_re, err[-500:]))
    if case.check is not None:
        msg = case.check(out, err)
        if msg:
            problems.append(msg)
    if problems:
        raise Failure("; ".join(problems))


TB_VALUE = ('Traceback (most recent call last):\n  File "raises.py", line 2, in <module>\n'
            "ValueError: bad value\n")


def lines_complete(out, err):
    got = out.split("\n")
    if got[:-1] != [str(i) for i in range(20000)] or got[-1] != "":
        return "output of 20000 lines incomplete (%d lines)" % len(got)
    return None


CASES = [
    # ---- -c
    Case("c_prints", ["-c", "print(1 + 2)"], out="3\n", err=""),
    Case("c_argv", ["-c", "import sys; print(sys.argv)", "a", "-b"], out="['-c', 'a', '-b']\n"),
    Case("c_name", ["-c", "print(__name__)"], out="__main__\n"),
    Case("c_missing_arg", ["-c"], rc=1, out="", err_has="usage:"),
    Case("c_traceback_file", ["-c", "1/0"], rc=1, out="",
         err='Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
             "ZeroDivisionError: division by zero\n"),
    # ---- a script file
    Case("file_runs", ["hello.py"], out="hello\n", err=""),
    Case("file_argv", ["show_argv.py", "x", "-c", "--y"], out="['show_argv.py', 'x', '-c', '--y']\n"),
    Case("file_main_name", ["show_main.py"], out="__main__ show_main.py\n"),
    Case("file_path0_is_real_dir", ["show_path0.py"], out="{work}\n"),
    Case("file_in_subdir_path0", ["sub/inner.py"], out="True\n"),
    Case("file_with_space", ["dir with space/sp.py"], out="space ok\n"),
    Case("file_missing", ["nonexistent.py"], rc=2, out="",
         err_re=r"^\S*micropython: can't open file 'nonexistent\.py': \[Errno 2\] No such file or directory\n$"),
    Case("file_is_dir", ["sub"], rc=2, out="", err_re=r"can't open file 'sub': \[Errno 21\] "),
    Case("file_missing_with_i", ["-i", "nonexistent.py"], rc=2, out=""),
    Case("uncaught_exception", ["raises.py"], rc=1, out="before\n", err=TB_VALUE),
    Case("syntax_error", ["syntax_err.py"], rc=1, out="", err_has=("SyntaxError", 'File "syntax_err.py", line')),
    Case("large_output_complete", ["many_lines.py"], check=lines_complete),
    Case("script_reads_piped_stdin", ["reads_stdin.py"], stdin="abc\ndef\n", out="ABC\nDEF\n"),
    # ---- exit status
    Case("exit_code", ["exit3.py"], rc=3, out="out\n", err=""),
    Case("exit_none", ["-c", "import sys; sys.exit()"], rc=0, out="", err=""),
    Case("exit_zero", ["-c", "raise SystemExit(0)"], rc=0, err=""),
    Case("exit_message", ["-c", "import sys; sys.exit('fatal: bye')"], rc=1, out="", err="fatal: bye\n"),
    Case("exit_true", ["-c", "import sys; sys.exit(True)"], rc=1, err=""),
    Case("exit_wraps_256", ["-c", "import sys; sys.exit(257)"], rc=1, err=""),
    Case("exit_from_function", ["-c", "def f():\n    raise SystemExit(5)\nf()"], rc=5, err=""),
    Case("keyboard_interrupt", ["sleeper.py"], rc=1, sigint_after="ready",
         err_has="KeyboardInterrupt"),
    # ---- sys.stderr / atexit
    Case("traceback_to_replaced_stderr",
         ["-c", "import sys\nclass E:\n    def write(self, s):\n        sys.stdout.write(s.upper())\n"
                "sys.stderr = E()\nraise KeyError('k')"],
         rc=1, err="", out_has="KEYERROR: 'K'"),
    Case("broken_stderr_falls_back",
         ["-c", "import sys\nclass E:\n    def write(self, s):\n        raise OSError(5)\n"
                "sys.stderr = E()\nraise KeyError('k')"],
         rc=1, err_has="KeyError: 'k'"),
    Case("atexit_runs", ["-c", "import sys\nsys.atexit(lambda: print('bye'))\nprint('main')"],
         out="main\nbye\n"),
    Case("atexit_after_exit", ["-c", "import sys\nsys.atexit(lambda: print('bye'))\nsys.exit(4)"],
         rc=4, out="bye\n"),
    # ---- standard input as the program
    Case("stdin_program", [], stdin="import sys\nprint('piped', sys.argv)\n", out="piped ['']\n"),
    Case("dash_program", ["-", "x", "y"], stdin="import sys\nprint(sys.argv)\n", out="['-', 'x', 'y']\n"),
    Case("stdin_traceback", [], stdin="x = 1\n1/0\n", rc=1,
         err='Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\n'
             "ZeroDivisionError: division by zero\n"),
    # ---- -m
    Case("m_module", ["-m", "mod_main", "a1"], out="mod __main__ ['mod_main', 'a1']\n"),
    Case("m_package_main", ["-m", "pkg"], out_has="pkg main __main__\n"),
    Case("m_missing", ["-m", "no_such_mod"], rc=1, out="", err_has="no_such_mod"),
    Case("m_missing_arg", ["-m"], rc=1, err_has="usage:"),
    # ---- -i
    Case("i_repl_over_pipe", ["-i"], stdin="1 + 2\n", out_re=r"^MicroPython v\S+ on .*\n>>> .*3\n>>> "),
    Case("i_after_c", ["-i", "-c", "x = 6 * 7"], stdin="x\n", out_has="42\n"),
    Case("i_after_exception", ["-i", "raises.py"], stdin="print('in repl')\n", rc=0,
         out_has=("before\n", "in repl\n"), err_has="ValueError: bad value"),
    # ---- -O, -v
    Case("O_levels", ["-O", "-c", "import micropython; print(micropython.opt_level(), __debug__)"],
         out="1 False\n"),
    Case("OO_level", ["-OO", "-c", "import micropython; print(micropython.opt_level())"], out="2\n"),
    Case("O3_level", ["-O3", "-c", "import micropython; print(micropython.opt_level())"], out="3\n"),
    Case("O_drops_assert", ["-O", "-c", "assert False\nprint('ok')"], out="ok\n"),
    Case("no_O_keeps_assert", ["-c", "assert False, 'kept'"], rc=1, err_has="AssertionError: kept"),
    Case("v_quiet", ["-v", "-c", "print(5)"], out="5\n"),
    Case("vv_dumps_bytecode", ["-v", "-v", "-c", "print(5)"],
         out_re=r"^code <module> \(file <stdin>, line 1\).*\n5\n$"),
    # ---- -X
    Case("X_heapsize_small", ["-X", "heapsize=64k", "-c",
                              "import gc; print(gc.mem_free() + gc.mem_alloc() <= 65536)"], out="True\n"),
    Case("X_heapsize_M", ["-X", "heapsize=4M", "-c", "import gc; print(gc.mem_free() > 2000000)"], out="True\n"),
    Case("X_heapsize_w", ["-X", "heapsize=256wk", "-c",
                          "import gc; print(gc.mem_free() + gc.mem_alloc() > 300000)"], out="True\n"),
    Case("X_heapsize_memoryerror", ["-X", "heapsize=64k", "-c", "x = bytearray(1000000)"], rc=1,
         err_has="MemoryError"),
    Case("X_heapsize_invalid", ["-X", "heapsize=abc", "-c", "print(1)"], rc=1, out="", err_has="heap"),
    Case("X_heapsize_too_small", ["-X", "heapsize=100", "-c", "print(1)"], rc=1, out=""),
    Case("X_heapsize_cannot_start", ["-X", "heapsize=2k", "-c", "print(1)"], rc=1, out="", err_has="heap"),
    Case("X_emit_bytecode", ["-X", "emit=bytecode", "-c", "print('b')"], out="b\n"),
    Case("X_emit_native", ["-X", "emit=native", "-c", "print('n')"], out="n\n"),
    Case("X_emit_viper", ["-X", "emit=viper", "-c", "print('v')"], out="v\n"),
    Case("X_emit_invalid", ["-X", "emit=fast", "-c", "print(1)"], rc=1, out=""),
    Case("X_unknown", ["-X", "nonsense", "-c", "print(1)"], rc=1, out=""),
    Case("X_missing", ["-X"], rc=1, out=""),
    Case("X_compile_only", ["-X", "compile-only", "-c", "print('ran')"], out="", err=""),
    Case("X_compile_only_syntax", ["-X", "compile-only", "-c", "print('x'"], rc=1, err_has="SyntaxError"),
    # ---- -h, bad options
    Case("h_help", ["-h"], rc=0, err="", out_has=("usage:", "-i", "-O", "heapsize=", "emit=")),
    Case("unknown_option", ["-q"], rc=1, out="", err_has="usage:"),
    # ---- micropython.mem_info / qstr_info print MicroPython's formats
    Case("mem_info_format", ["-c", "import micropython; micropython.mem_info()"],
         out_re=r"^stack: \d+ out of \d+\nGC: total: \d+, used: \d+, free: \d+\n"
                r" No\. of 1-blocks: \d+, 2-blocks: \d+, max blk sz: \d+, max free sz: \d+\n$"),
    Case("mem_info_verbose", ["-X", "heapsize=64k", "-c", "import micropython; micropython.mem_info(1)"],
         out_re=r"^stack: \d+ out of \d+\nGC: total: \d+, "),
    Case("qstr_info_format", ["-c", "import micropython; micropython.qstr_info()"],
         out_re=r"^qstr pool: n_pool=\d+, n_qstr=\d+, n_str_data_bytes=\d+, n_total_bytes=\d+\n$"),
    Case("qstr_info_verbose", ["-c", "import micropython\nunique_name_xyz = 1\nmicropython.qstr_info(1)"],
         out_re=r"^qstr pool: [^\n]*\n(Q\([^\n]*\)\n)*Q\(unique_name_xyz\)\n"),
    # ---- sys.path and MICROPYPATH
    Case("default_path", ["-c", "import sys; print(sys.path)"],
         out="['', '{home}/.micropython/lib', '/usr/lib/micropython']\n"),
    Case("default_path_no_home", ["-c", "import sys; print(sys.path)"], unset=("HOME",),
         out="['', '~/.micropython/lib', '/usr/lib/micropython']\n"),
    Case("micropypath", ["-c", "import sys; print(sys.path)"], env={"MICROPYPATH": "/a:~/b::/c~"},
         out="['', '/a', '{home}/b', '', '/c~']\n"),
    Case("micropypath_import", ["-c", "import extmod; print(extmod.VALUE + 1)"],
         env={"MICROPYPATH": "{work}/lib1"}, out="42\n"),
    Case("micropypath_script_dir_first", ["show_path0.py"], env={"MICROPYPATH": "/x"}, out="{work}\n"),
]


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
    scratch = os.path.realpath(tempfile.mkdtemp(prefix="mp_cmdline_"))
    try:
        work = os.path.join(scratch, "work")
        home = os.path.join(scratch, "home")
        os.makedirs(home)
        for rel, text in FILES.items():
            path = os.path.join(work, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        passed = failed = 0
        for case in CASES:
            if filters and not any(f in case.name for f in filters):
                continue
            # Placeholders in the expected texts.
            for attr in ("out", "err"):
                v = getattr(case, attr)
                if v is not None:
                    setattr(case, attr, v.replace("{work}", work).replace("{home}", home))
            try:
                rc, out, err = run(case, work, home)
                verify(case, rc, out, err)
                passed += 1
                if VERBOSE:
                    print("pass  %s" % case.name)
            except Failure as e:
                failed += 1
                print("FAIL  %s: %s" % (case.name, e))
            except Exception as e:  # a bug in the harness: still a failure
                failed += 1
                print("FAIL  %s: %s: %s" % (case.name, type(e).__name__, e))
        print("%d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

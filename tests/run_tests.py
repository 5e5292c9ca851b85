#!/usr/bin/env python3
"""Test runner for the MicroPython-compatible interpreter.

Each test is a Python program living directly inside a subfolder of tests/
(e.g. tests/basics/int_bigmul.py).  It is run with our interpreter and its
output (stdout + stderr merged) is compared with the expected output, which is
either the content of <test>.py.exp or, if no such file exists, the stdout of
CPython (`python3 -BS <test>.py`).  See tests/README.md for the conventions.

Python 3.11, stdlib only.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import signal
import subprocess
import sys
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(TESTS_DIR)
DEFAULT_BINARY = os.path.join(REPO_DIR, "build", "micropython")
XFAIL_FILE = os.path.join(TESTS_DIR, "xfail.txt")
MAX_DIFF_LINES = 60


# ---------------------------------------------------------------------------
# discovery


def is_test_file(name):
    return name.endswith(".py") and not name.startswith("_")


def tests_in_folder(folder):
    """Test files directly inside `folder` (no recursion)."""
    out = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return out
    for name in names:
        path = os.path.join(folder, name)
        if is_test_file(name) and os.path.isfile(path):
            out.append(path)
    return out


def all_tests():
    out = []
    for name in sorted(os.listdir(TESTS_DIR)):
        sub = os.path.join(TESTS_DIR, name)
        if os.path.isdir(sub) and not name.startswith((".", "_")):
            out.extend(tests_in_folder(sub))
    return out


def resolve_arg(arg):
    """Resolve a command-line test/folder argument to an absolute path."""
    candidates = [arg, os.path.join(TESTS_DIR, arg)]
    for c in candidates:
        if os.path.exists(c):
            return os.path.abspath(c)
    return None


def select_tests(args_paths, errors):
    if not args_paths:
        return all_tests()
    selected = []
    for arg in args_paths:
        path = resolve_arg(arg)
        if path is None:
            errors.append("no such test or folder: %s" % arg)
            continue
        if os.path.isdir(path):
            if os.path.samefile(path, TESTS_DIR):
                selected.extend(all_tests())
            else:
                selected.extend(tests_in_folder(path))
        else:
            selected.append(path)
    # de-duplicate, keep order
    seen = set()
    out = []
    for p in selected:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def read_list_file(path):
    """Read a list of test paths (relative to tests/), '#' comments allowed."""
    entries = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    entries.append(os.path.normpath(line).replace(os.sep, "/"))
    except OSError:
        pass
    return entries


def rel_name(path):
    try:
        rel = os.path.relpath(path, TESTS_DIR)
    except ValueError:
        return path
    if rel.startswith(".."):
        return path
    return rel.replace(os.sep, "/")


# ---------------------------------------------------------------------------
# running


def cmdline_args(test_path):
    """Extra interpreter args from a first line `# cmdline: <args>`."""
    try:
        with open(test_path, "rb") as f:
            first = f.readline().decode("utf-8", "replace").strip()
    except OSError:
        return []
    prefix = "# cmdline:"
    if first.startswith(prefix):
        try:
            return shlex.split(first[len(prefix):])
        except ValueError:
            return first[len(prefix):].split()
    return []


def run_process(argv, cwd, timeout):
    """Run argv; return (output_bytes, returncode, status).

    status is one of "ok", "timeout", "noexec:<message>".
    stderr is merged into stdout.
    """
    try:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    except OSError as e:
        return b"", None, "noexec:%s: %s" % (argv[0], e.strerror or e)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return out, proc.returncode, "ok"
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            out, _ = proc.communicate(timeout=5)
        except Exception:
            out = b""
        return out or b"", proc.returncode, "timeout"


def normalise(data):
    return data.replace(b"\r\n", b"\n")


def expected_output(test_path, cpython, timeout):
    """Return (expected_bytes, error_message_or_None)."""
    exp_path = test_path + ".exp"
    if os.path.exists(exp_path):
        with open(exp_path, "rb") as f:
            return normalise(f.read()), None
    cwd = os.path.dirname(test_path)
    try:
        proc = subprocess.run(
            [cpython, "-BS", os.path.basename(test_path)],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, "CPython timed out producing the expected output"
    except OSError as e:
        return None, "cannot run CPython (%s): %s" % (cpython, e)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "CPython failed on this test (rc=%d): %s" % (
            proc.returncode,
            err[-1] if err else "",
        )
    return normalise(proc.stdout), None


class Result:
    __slots__ = ("path", "name", "status", "reason", "detail", "xfail", "raw_failed")

    def __init__(self, path):
        self.path = path
        self.name = rel_name(path)
        self.status = None  # "pass", "fail", "skip"
        self.reason = ""
        self.detail = ""  # diff or message text
        self.xfail = False
        self.raw_failed = False  # failed before xfail handling


def make_diff(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines(keepends=True)
    got_lines = got.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(
        difflib.unified_diff(exp_lines, got_lines, "expected", "got", lineterm="\n")
    )
    out = []
    for line in diff[:MAX_DIFF_LINES]:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    if len(diff) > MAX_DIFF_LINES:
        out.append("... (%d more diff lines)\n" % (len(diff) - MAX_DIFF_LINES))
    return "".join(out)


def run_one(path, opts, xfail_set):
    res = Result(path)
    res.xfail = res.name in xfail_set
    cwd = os.path.dirname(path)
    exp, err = expected_output(path, opts.cpython, opts.timeout)
    if exp is None:
        res.status = "fail"
        res.reason = "no expected output"
        res.detail = err + "\n"
        res.raw_failed = True
        return finish_xfail(res, crashed=False)
    if exp == b"SKIP\n":
        res.status = "skip"
        res.reason = "SKIP"
        return res

    argv = [opts.binary] + cmdline_args(path) + [os.path.basename(path)]
    got, rc, status = run_process(argv, cwd, opts.timeout)
    got = normalise(got)
    crashed = False
    if status.startswith("noexec:"):
        res.status = "fail"
        res.reason = "cannot run binary"
        res.detail = status[len("noexec:"):] + "\n"
    elif status == "timeout":
        res.status = "fail"
        res.reason = "TIMEOUT after %gs" % opts.timeout
        res.detail = make_diff(exp, got)
    elif rc is not None and rc < 0:
        crashed = True
        res.status = "fail"
        try:
            signame = " (%s)" % signal.Signals(-rc).name
        except (ValueError, AttributeError):
            signame = ""
        res.reason = "CRASH signal %d%s" % (-rc, signame)
        res.detail = make_diff(exp, got) if got != exp else ""
    elif got in (b"SKIP", b"SKIP\n"):
        res.status = "skip"
        res.reason = "SKIP"
        return res
    elif got == exp:
        res.status = "pass"
    else:
        res.status = "fail"
        res.reason = "output mismatch"
        res.detail = make_diff(exp, got)
    res.raw_failed = res.status == "fail"
    return finish_xfail(res, crashed)


def finish_xfail(res, crashed):
    if not res.xfail:
        return res
    if res.status == "pass":
        res.reason = "XPASS (remove from xfail.txt)"
    elif res.status == "fail" and not crashed:
        res.status = "skip"
        res.reason = "xfail (" + res.reason + ")"
    # a crash of an xfail test stays a failure
    return res


# ---------------------------------------------------------------------------
# main


def main():
    ap = argparse.ArgumentParser(
        description="Run the interpreter test suite and compare with expected output."
    )
    ap.add_argument("tests", nargs="*", help="test files or folders (default: all)")
    ap.add_argument(
        "--binary",
        default=os.environ.get("MICROPY_BIN", DEFAULT_BINARY),
        help="interpreter to test (default: $MICROPY_BIN or build/micropython)",
    )
    ap.add_argument(
        "--cpython",
        default=os.environ.get("MICROPY_CPYTHON", "python3"),
        help="CPython used to produce expected output (default: python3)",
    )
    ap.add_argument("--timeout", type=float, default=20.0, help="per-test timeout in seconds (default 20)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel jobs (default: CPU count)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing tests and diffs of xfail tests")
    ap.add_argument(
        "--list-failing",
        action="store_true",
        help="print only the paths (relative to tests/) of failing tests, including "
        "failing tests listed in xfail.txt; summary goes to stderr",
    )
    ap.add_argument("--no-xfail", action="store_true", help="ignore tests/xfail.txt")
    ap.add_argument(
        "--xfail",
        metavar="FILE",
        action="append",
        default=[],
        help="an extra expected-failures list (same format as xfail.txt), e.g. for one build flavour",
    )
    ap.add_argument(
        "--from-file",
        metavar="FILE",
        help="run the tests listed in FILE (paths relative to tests/, e.g. tests/gcstress.txt)",
    )
    opts = ap.parse_args()

    binary = opts.binary
    if os.sep in binary or (os.altsep and os.altsep in binary):
        binary = os.path.abspath(binary)
    opts.binary = binary
    if opts.jobs < 1:
        opts.jobs = 1

    errors = []
    paths = list(opts.tests)
    if opts.from_file:
        listed = read_list_file(opts.from_file)
        if not listed and not os.path.exists(opts.from_file):
            errors.append("cannot read list file: %s" % opts.from_file)
        paths.extend(listed)
        if not paths:
            errors.append("no tests listed in %s" % opts.from_file)
    tests = select_tests(paths, errors) if (paths or not opts.from_file) else []
    for e in errors:
        print("error: " + e, file=sys.stderr)
    if errors and not tests:
        print("0 passed, 0 failed, 0 skipped")
        return 1

    xfail_set = set() if opts.no_xfail else set(read_list_file(XFAIL_FILE))
    for extra in opts.xfail:
        xfail_set |= set(read_list_file(extra))

    if not (os.path.isfile(opts.binary) or os.sep not in opts.binary) and not opts.list_failing:
        print("warning: interpreter binary not found: %s" % opts.binary, file=sys.stderr)

    out_lock = threading.Lock()
    counts = {"pass": 0, "fail": 0, "skip": 0}
    failing = []
    list_mode = opts.list_failing

    def report(res):
        counts[res.status] += 1
        if res.raw_failed:
            failing.append(res.name)
        if list_mode:
            return
        with out_lock:
            if res.status == "pass":
                if res.xfail:
                    print("XPASS %s  XPASS (remove from xfail.txt)" % res.name)
                elif opts.verbose:
                    print("pass  %s" % res.name)
            elif res.status == "skip":
                if res.reason.startswith("xfail"):
                    print("xfail %s" % res.name)
                    if opts.verbose and res.detail:
                        sys.stdout.write(res.detail)
                else:
                    print("skip  %s" % res.name)
            else:
                print("FAIL  %s  %s" % (res.name, res.reason))
                if res.detail:
                    sys.stdout.write(res.detail)
                    if not res.detail.endswith("\n"):
                        sys.stdout.write("\n")
            sys.stdout.flush()

    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        futures = [pool.submit(run_one, t, opts, xfail_set) for t in tests]
        for fut in futures:
            try:
                res = fut.result()
            except Exception as e:  # a runner bug must not hide the summary
                res = Result(tests[futures.index(fut)])
                res.status = "fail"
                res.reason = "runner error: %r" % (e,)
                res.raw_failed = True
            report(res)

    summary = "%d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"])
    if list_mode:
        for name in sorted(failing):
            print(name)
        sys.stdout.flush()
        print(summary, file=sys.stderr)
    else:
        print(summary)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)

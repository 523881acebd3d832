#!/usr/bin/env python3
"""Run a CGI conformance corpus with CPython 2.7 and our stdlib shims.

Why: the shims (stdlib-shims/cgi.py, cgitb.py) must give CPython 2.7's exact
answers before the C# engine runs them; CPython is the oracle that lets us test
the shims alone. Each case runs as the corpus README says (scratch copy of the
script folder, cwd = that folder, `env -i` with the listed variables, the body
on stdin). The shims are copied into the scratch script folder (sys.path[0])
instead of using PYTHONPATH, because print_environ() cases show the whole
environment and a PYTHON* variable would change their output.

Usage: run-cgi-corpus-cpython.py [--corpus DIR] [--real] [--verbose] [CASE-PREFIX...]
  --real   run with CPython's own cgi/cgitb (to check the runner itself)
  --write  (with --real) write .cgiout/.exit/.err for the cases (extra corpora)
"""
import base64, json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORKTREE = os.path.dirname(os.path.dirname(HERE))
SHIMS = os.path.join(WORKTREE, "stdlib-shims")
PY27 = os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python2.7")
if not os.path.exists(PY27):
    PY27 = subprocess.check_output(["pyenv", "root"], text=True).strip() + "/versions/2.7.18/bin/python2.7"


def build_env(case, script_name, body):
    env = {
        "PATH": "/usr/bin:/bin", "LC_ALL": "C", "TZ": "UTC",
        "GATEWAY_INTERFACE": "CGI/1.1", "SERVER_SOFTWARE": "PyCgiRunner",
        "SERVER_NAME": "localhost", "SERVER_PORT": "8080",
        "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
        "REQUEST_METHOD": case["method"], "QUERY_STRING": case.get("query") or "",
        "SCRIPT_NAME": "/cgi-bin/" + script_name,
    }
    if case.get("path_info"):
        env["PATH_INFO"] = case["path_info"]
    for name, value in (case.get("headers") or {}).items():
        if name.lower() == "content-type":
            env["CONTENT_TYPE"] = value
        elif name.lower() == "content-length":
            continue
        else:
            env["HTTP_" + name.upper().replace("-", "_")] = value
    if body is not None:
        env["CONTENT_LENGTH"] = str(len(body))
    return env


def run_case(corpus, name, real):
    case = json.load(open(os.path.join(corpus, name + ".json"), encoding="utf-8"))
    script = os.path.normpath(os.path.join(corpus, case["script"]))
    body = None
    if case.get("body") is not None:
        body = case["body"].encode("utf-8")
    elif case.get("body_base64") is not None:
        body = base64.b64decode(case["body_base64"])
    scratch = tempfile.mkdtemp(prefix="cgirun-")
    try:
        folder = os.path.join(scratch, "s")
        shutil.copytree(os.path.dirname(script), folder,
                        ignore=shutil.ignore_patterns("*.pyc"))
        if not real:
            for shim in ("cgi.py", "cgitb.py", "linecache.py"):
                src = os.path.join(SHIMS, shim)
                if os.path.exists(src):
                    shutil.copy(src, folder)
        env = build_env(case, os.path.basename(script), body)
        proc = subprocess.run([PY27, os.path.basename(script)], cwd=folder, env=env,
                              input=body if body is not None else None,
                              stdin=None if body is not None else subprocess.DEVNULL,
                              capture_output=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return case, proc


def last_line(stderr):
    lines = [l for l in stderr.decode("latin-1").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def compare(corpus, name, case, proc):
    problems = []
    base = os.path.join(corpus, name)
    want_out = open(base + ".cgiout", "rb").read()
    if case.get("compare", "exact") == "contains":
        for s in case["must_contain"]:
            if s.encode("utf-8") not in proc.stdout:
                problems.append("missing %r" % s)
    elif proc.stdout != want_out:
        problems.append("stdout differs")
    want_exit = int(open(base + ".exit").read()) if os.path.exists(base + ".exit") else 0
    if proc.returncode != want_exit:
        problems.append("exit %d want %d" % (proc.returncode, want_exit))
    if want_exit:
        want_err = open(base + ".err", encoding="latin-1").read()
        if last_line(proc.stderr) != want_err:
            problems.append("err %r want %r" % (last_line(proc.stderr), want_err))
    return problems


def main(argv):
    corpus = "/work/shared/conformance/cgi"
    real = verbose = write = False
    prefixes = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--corpus":
            corpus = argv[i + 1]; i += 1
        elif a == "--real":
            real = True
        elif a == "--write":
            write = True
        elif a == "--verbose":
            verbose = True
        else:
            prefixes.append(a)
        i += 1
    names = sorted(f[:-5] for f in os.listdir(corpus) if f.endswith(".json"))
    if prefixes:
        names = [n for n in names if any(n.startswith(p) for p in prefixes)]
    passed = 0
    for name in names:
        case, proc = run_case(corpus, name, real)
        if write:
            base = os.path.join(corpus, name)
            open(base + ".cgiout", "wb").write(proc.stdout)
            for ext in (".exit", ".err"):
                if os.path.exists(base + ext):
                    os.remove(base + ext)
            if proc.returncode:
                open(base + ".exit", "w").write("%d\n" % proc.returncode)
                open(base + ".err", "w", encoding="latin-1").write(last_line(proc.stderr))
            print("wrote", name)
            continue
        problems = compare(corpus, name, case, proc)
        if problems:
            print("FAIL %s: %s" % (name, "; ".join(problems)))
            if verbose:
                sys.stdout.write(proc.stdout.decode("latin-1"))
                sys.stdout.write(proc.stderr.decode("latin-1"))
        else:
            passed += 1
    if not write:
        print("%d/%d passed (%s, %s)" % (passed, len(names), corpus, "CPython cgi" if real else "our shims"))
    return 0 if write or passed == len(names) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

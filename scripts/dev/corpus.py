#!/usr/bin/env python3
"""Developer tool: run a lang/lib-style corpus through `pycgi exec` and report failing cases.

usage: scripts/dev/corpus.py DIR [case-substring...]   (e.g. ../shared/conformance/lang 014)
The tests in tests/ are the authority; this is only a fast loop while working on the engine.
"""
import os, shutil, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
dll = os.path.join(root, "src/PyCgiRunner/bin/Debug/net10.0/pycgi.dll")
corpus = os.path.abspath(sys.argv[1])
filters = sys.argv[2:]
cases = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".py") and os.path.exists(os.path.join(corpus, f[:-3] + ".out")))
if filters:
    cases = [c for c in cases if any(x in c for x in filters)]
passed = failed = 0
for case in cases:
    scratch = tempfile.mkdtemp()
    for f in os.listdir(corpus):
        src = os.path.join(corpus, f)
        if os.path.isfile(src):
            shutil.copy(src, scratch)
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "TZ": "UTC", "DOTNET_CLI_HOME": "/tmp", "HOME": "/tmp"}
    try:
        p = subprocess.run(["dotnet", dll, "exec", case + ".py"], cwd=scratch, stdin=subprocess.DEVNULL,
                           capture_output=True, env=env, timeout=60)
        out, err, code = p.stdout, p.stderr.decode("latin-1"), p.returncode
    except subprocess.TimeoutExpired:
        out, err, code = b"", "TIMEOUT", -1
    shutil.rmtree(scratch, ignore_errors=True)
    expected = open(os.path.join(corpus, case + ".out"), "rb").read()
    exit_file = os.path.join(corpus, case + ".exit")
    exp_code = int(open(exit_file).read().strip()) if os.path.exists(exit_file) else 0
    ok = out == expected and code == exp_code
    if ok and exp_code != 0:
        exp_err = open(os.path.join(corpus, case + ".err")).read().strip()
        lines = [l for l in err.splitlines() if l.strip()]
        ok = (lines[-1] if lines else "") == exp_err
    if ok:
        passed += 1
        continue
    failed += 1
    print("FAIL", case, "exit", code, "expected", exp_code)
    if len(cases) <= 3 or "-v" in os.environ.get("CORPUS_FLAGS", ""):
        exp_lines = expected.decode("latin-1").splitlines()
        got_lines = out.decode("latin-1").splitlines()
        for i in range(max(len(exp_lines), len(got_lines))):
            e = exp_lines[i] if i < len(exp_lines) else "<none>"
            g = got_lines[i] if i < len(got_lines) else "<none>"
            if e != g:
                print("  line", i + 1, "\n    expected:", repr(e), "\n    got:     ", repr(g))
                break
        print("  stderr:", "\n    ".join(err.splitlines()[-6:]))
print("%d passed, %d failed" % (passed, failed))

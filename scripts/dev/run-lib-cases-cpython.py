#!/usr/bin/env python3
"""Run library-corpus cases with CPython 2.7 and our stdlib shims.

Why: the lib corpus's cgi cases (166-168, 204) must match with our cgi.py in
place of CPython's. Each case runs as the lib README says: a scratch copy of
the case, cwd = scratch folder, stdin /dev/null, `env -i PATH LC_ALL TZ`. The
shims are copied beside the case (sys.path[0]) so they shadow CPython's.

Usage: run-lib-cases-cpython.py [CASE-PREFIX...]   (default: 166 167 168 204)
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHIMS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "stdlib-shims")
CORPUS = "/work/shared/conformance/lib"
PY27 = subprocess.check_output(["pyenv", "root"], text=True).strip() + "/versions/2.7.18/bin/python2.7"

prefixes = sys.argv[1:] or ["166", "167", "168", "204"]
names = sorted(f[:-3] for f in os.listdir(CORPUS)
               if f.endswith(".py") and any(f.startswith(p) for p in prefixes))
passed = 0
for name in names:
    scratch = tempfile.mkdtemp(prefix="librun-")
    try:
        shutil.copy(os.path.join(CORPUS, name + ".py"), scratch)
        for shim in os.listdir(SHIMS):
            if shim.endswith(".py"):
                shutil.copy(os.path.join(SHIMS, shim), scratch)
        proc = subprocess.run([PY27, name + ".py"], cwd=scratch, stdin=subprocess.DEVNULL,
                              capture_output=True,
                              env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "TZ": "UTC"})
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    base = os.path.join(CORPUS, name)
    want_exit = int(open(base + ".exit").read()) if os.path.exists(base + ".exit") else 0
    problems = []
    if proc.stdout != open(base + ".out", "rb").read():
        problems.append("stdout differs")
    if proc.returncode != want_exit:
        problems.append("exit %d want %d" % (proc.returncode, want_exit))
    if problems:
        print("FAIL %s: %s" % (name, "; ".join(problems)))
        sys.stdout.write(proc.stderr.decode("latin-1")[-2000:])
    else:
        passed += 1
print("%d/%d passed" % (passed, len(names)))
sys.exit(0 if passed == len(names) else 1)

#!/usr/bin/env python3
"""Developer tool: rewrite the corpus known-failures lists from a test run.

Runs the corpus tests with an empty list in mind: every case that fails today is listed with the reason the
test reported (its first line), keeping an existing hand-written reason when the case was already listed.
usage: scripts/dev/update-failure-lists.py [test-project] [filter]
  default: tests/PyCgiRunner.Python.Tests  FullyQualifiedName~CorpusTests
Review the result before committing: a reason should say why the case fails, not only how.
"""
import os, re, subprocess, sys, tempfile, xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
project = sys.argv[1] if len(sys.argv) > 1 else "tests/PyCgiRunner.Python.Tests"
flt = sys.argv[2] if len(sys.argv) > 2 else "FullyQualifiedName~CorpusTests"
conformance = os.path.join(root, project, "Conformance")
out = tempfile.mkdtemp()
subprocess.run(["dotnet", "test", os.path.join(root, project), "--filter", flt, "--logger", "trx;LogFileName=r.trx",
                "--results-directory", out], cwd=root, stdout=subprocess.DEVNULL)
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
tree = ET.parse(os.path.join(out, "r.trx"))
failures = {}
for r in tree.getroot().iterfind(".//t:UnitTestResult", ns):
    name = r.get("testName")
    m = re.match(r".*\.(\w+)\((?:corpus: \"([\w-]+)\", )?caseName: \"([^\"]+)\"\)", name)
    if not m:
        continue
    kind, corpus, case = m.group(1), m.group(2), m.group(3)
    corpus = corpus or kind.lower()
    msg = r.find(".//t:Message", ns)
    text = msg.text if msg is not None else ""
    outcome = r.get("outcome")
    failures.setdefault(corpus, {})
    if outcome == "Failed" and "remove it from" not in text:
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        reason = next((l[len("stderr: "):] for l in lines if l.startswith("stderr: ") and len(l) > 9), None) or (lines[0] if lines else "fails")
        reason = reason.replace(case + ": ", "")
        failures[corpus][case] = reason[:160]
    elif outcome == "Failed":
        failures[corpus].pop(case, None)
for corpus, cases in failures.items():
    path = os.path.join(conformance, "known-failures-%s.txt" % corpus)
    old = {}
    if os.path.exists(path):
        for line in open(path):
            if "#" in line and not line.startswith("#"):
                k, v = line.split("#", 1)
                old[k.strip()] = v.strip()
    with open(path, "w") as f:
        f.write("# Cases of the %s corpus that fail today, each with the reason. Shrink this list; never grow it silently.\n" % corpus)
        for case in sorted(cases):
            f.write("%s  # %s\n" % (case, old.get(case, cases[case])))
    print(corpus, len(cases))

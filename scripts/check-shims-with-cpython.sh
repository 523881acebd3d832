#!/bin/bash
# Runs lib-corpus cases under CPython 2.7 with stdlib-shims/ shadowing CPython's own library, so our
# Python-source modules can be checked against the expectations before the engine can run them.
# The run follows the corpus README: scratch copy, cwd there, stdin /dev/null, empty environment.
# Usage: scripts/check-shims-with-cpython.sh CASES_DIR [CASE_NAME ...]   (names without .py)
# Set NOSHIMS=1 to run CPython with its real library (how expectations are produced).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON27:-$(pyenv root)/versions/2.7.18/bin/python2.7}
dir=$1; shift
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/*.py; do names+=("$(basename "$f" .py)"); done
fi
pass=0; fail=0
for n in "${names[@]}"; do
  scratch=$(mktemp -d)
  cp "$dir/$n.py" "$scratch/"
  if [ -n "${NOSHIMS:-}" ]; then extra=(); else extra=(PYTHONPATH="$here/stdlib-shims"); fi
  (cd "$scratch" && env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC "${extra[@]}" "$py" "$n.py" \
      </dev/null >"$scratch/_stdout" 2>"$scratch/_stderr"; echo $? >"$scratch/_rc")
  rc=$(cat "$scratch/_rc"); want_rc=0
  [ -f "$dir/$n.exit" ] && want_rc=$(cat "$dir/$n.exit")
  ok=1
  cmp -s "$scratch/_stdout" "$dir/$n.out" || ok=0
  [ "$rc" = "$want_rc" ] || ok=0
  if [ "$want_rc" != 0 ] && [ -f "$dir/$n.err" ]; then
    [ "$(tail -n1 "$scratch/_stderr")" = "$(cat "$dir/$n.err")" ] || ok=0
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); echo "PASS $n"
  else
    fail=$((fail+1)); echo "FAIL $n (exit $rc, want $want_rc)"
    diff "$dir/$n.out" "$scratch/_stdout" | head -${DIFFLINES:-15}
    tail -n3 "$scratch/_stderr"
  fi
  rm -rf "$scratch"
done
echo "passed $pass, failed $fail"

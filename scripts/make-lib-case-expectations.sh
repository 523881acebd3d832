#!/bin/bash
# Produces NNN_name.out (+ .exit/.err when the exit status is non-zero) for every case in a lib-corpus
# folder with CPython 2.7 and its REAL library, the way /work/shared/conformance/lib/README.md says:
# scratch copy, cwd there, stdin /dev/null, stdout to a pipe, `env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC`,
# each case run twice and the runs compared to confirm determinism.
# Usage: scripts/make-lib-case-expectations.sh CASES_DIR
set -eu
py=${PYTHON27:-$(pyenv root)/versions/2.7.18/bin/python2.7}
dir=$(cd "$1" && pwd)
for src in "$dir"/*.py; do
  n=$(basename "$src" .py)
  for run in 1 2; do
    scratch=$(mktemp -d)
    cp "$src" "$scratch/"
    set +e
    (cd "$scratch" && env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC "$py" "$n.py" </dev/null >"$scratch/out" 2>"$scratch/err")
    rc=$?
    set -e
    cp "$scratch/out" "/tmp/_case_out_$run"; echo "$rc" >"/tmp/_case_rc_$run"; tail -n1 "$scratch/err" >"/tmp/_case_err_$run"
    rm -rf "$scratch"
  done
  if ! cmp -s /tmp/_case_out_1 /tmp/_case_out_2 || ! cmp -s /tmp/_case_rc_1 /tmp/_case_rc_2 || ! cmp -s /tmp/_case_err_1 /tmp/_case_err_2; then
    echo "NOT DETERMINISTIC: $n" >&2; exit 1
  fi
  cp /tmp/_case_out_1 "$dir/$n.out"
  rm -f "$dir/$n.exit" "$dir/$n.err"
  if [ "$(cat /tmp/_case_rc_1)" != 0 ]; then
    cat /tmp/_case_rc_1 >"$dir/$n.exit"
    cp /tmp/_case_err_1 "$dir/$n.err"
  fi
  echo "$n: exit $(cat /tmp/_case_rc_1), $(wc -l <"$dir/$n.out") lines"
done

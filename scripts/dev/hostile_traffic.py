#!/usr/bin/env python3
"""Hostile traffic for scripts/bench-faults: from one client address, workers that keep requesting the hostile
scripts (endless loops, memory hogs, deep recursion, huge header output, native work that ignores the deadline),
and from another address slowloris-style connections that send a header byte now and then and never finish.
Runs for DURATION seconds, then prints one line per kind: requests answered, by status."""
import collections
import os
import socket
import sys
import threading
import time

host, port, duration = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
attacker, loris_source = sys.argv[4], sys.argv[5]
loris_connections = int(sys.argv[6]) if len(sys.argv) > 6 else 400

KINDS = {  # kind: (path, workers)
    "endless loop": ("/cgi-bin/h_loop.py", 2),
    "memory hog": ("/cgi-bin/h_hog.py", 2),
    "deep recursion": ("/cgi-bin/h_recursion.py", 2),
    "huge headers": ("/cgi-bin/h_headers.py", 2),
    "native hog": ("/cgi-bin/h_native_hog.py", 1),
    "native loop": ("/cgi-bin/h_native_loop.py", 1),
}
if os.environ.get("HOSTILE_KINDS"):  # e.g. HOSTILE_KINDS="endless loop,deep recursion" to run only some kinds
    wanted = set(k.strip() for k in os.environ["HOSTILE_KINDS"].split(","))
    KINDS = {k: v for k, v in KINDS.items() if k in wanted}
stop_at = time.time() + duration
counts = collections.defaultdict(collections.Counter)
lock = threading.Lock()


def request(path):
    s = socket.socket()
    s.bind((attacker, 0))
    s.settimeout(60)  # longer than the 30 s time limit and the 5 s grace: every request gets its answer
    try:
        s.connect((host, port))
        s.sendall(("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (path, host)).encode())
        head = s.recv(64)
        status = head.split(b" ")[1].decode() if head.startswith(b"HTTP/") else "no answer"
        while s.recv(65536):
            pass
        return status
    except OSError as e:
        return "closed" if isinstance(e, (ConnectionResetError, BrokenPipeError)) else "timeout"
    finally:
        s.close()


def worker(kind, path):
    while time.time() < stop_at:
        status = request(path)
        with lock:
            counts[kind][status] += 1


def slowloris():
    sockets = []
    for _ in range(loris_connections):
        try:
            s = socket.socket()
            s.bind((loris_source, 0))
            s.settimeout(2)
            s.connect((host, port))
            s.sendall(("GET /cgi-bin/hello.py HTTP/1.1\r\nHost: %s\r\n" % host).encode())
            sockets.append(s)
        except OSError:
            with lock:
                counts["slowloris"]["refused"] += 1
    with lock:
        counts["slowloris"]["opened"] += len(sockets)
    while time.time() < stop_at:
        time.sleep(2)
        for s in list(sockets):
            try:
                s.sendall(b"X")
            except OSError:
                sockets.remove(s)
                with lock:
                    counts["slowloris"]["cut off by the server"] += 1
    for s in sockets:
        s.close()


threads = [threading.Thread(target=slowloris, daemon=True)]
for kind, (path, n) in KINDS.items():
    threads += [threading.Thread(target=worker, args=(kind, path), daemon=True) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=max(0, stop_at - time.time()) + 65)
for kind in ["slowloris"] + list(KINDS):
    print("  %-15s %s" % (kind, ", ".join("%s: %d" % kv for kv in sorted(counts[kind].items())) or "none answered"))

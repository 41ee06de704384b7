#!/usr/bin/env python3
"""Starts the page's executable (reportgen-web) on a report folder and checks that it serves it.

    web-smoke.py RUNS FOLDER -- COMMAND...     COMMAND gets FOLDER and --no-open appended

Each run starts the server, reads the URL (with its token) from the first line of stdout, opens it
as a browser would (the token becomes a cookie), asks /api/report and checks that it names the
agency, then stops the server. Prints the time from start to the URL line (the server listening)
and to the first report answered, mean and sd in ms over RUNS runs. Fails if any run does not serve.
"""
import http.cookiejar
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

TIMEOUT = 300  # an emulated (qemu) or wine start is slow; a hung one fails the run


def run_once(command, folder):
    errors = tempfile.TemporaryFile()
    started = time.monotonic()
    process = subprocess.Popen([*command, folder, "--no-open"], stdout=subprocess.PIPE, stderr=errors,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        url = process.stdout.readline().decode("utf-8").strip()
        listening = time.monotonic() - started
        if not url.startswith("http://127.0.0.1:"):
            process.wait(timeout=TIMEOUT)
            errors.seek(0)
            raise SystemExit(f"web-smoke: no URL on the first line of stdout (got {url!r}, exit {process.returncode}); stderr:\n"
                             + errors.read().decode("utf-8", "replace")[-4000:])
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        with opener.open(url, timeout=TIMEOUT) as page:
            if page.status != 200 or b"<html" not in page.read().lower():
                raise SystemExit(f"web-smoke: {url} did not answer with the page")
        base = url.split("/?", 1)[0]
        with opener.open(base + "/api/report", timeout=TIMEOUT) as answer:
            report = json.load(answer)
        answered = time.monotonic() - started
        if not report.get("form", {}).get("metadata", {}).get("agency"):
            raise SystemExit("web-smoke: /api/report did not give the folder's agency")
        return listening, answered
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        errors.close()


def main():
    runs, folder, separator, *command = sys.argv[1:]
    assert separator == "--" and command, __doc__
    times = [run_once(command, folder) for _ in range(int(runs))]

    def figure(values):
        ms = [v * 1000 for v in values]
        return f"{statistics.mean(ms):.0f} ± {statistics.stdev(ms) if len(ms) > 1 else 0:.0f}"

    print(f"{figure([t[0] for t in times])} | {figure([t[1] for t in times])}")


if __name__ == "__main__":
    main()

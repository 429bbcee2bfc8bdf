#!/usr/bin/env python3
"""An example client of `errmsg serve` (standard library only).

Starts the worker once, asks it about a few errors one at a time (write a line,
read its reply), then streams a batch from a second thread while reading the
replies, and prints what came back. Exits with status 1 if a reply is not what
the protocol promises.

    python3 Examples/client.py [--errmsg PATH] [--locale zh-CN]

Without --errmsg it uses .build/release/errmsg or .build/debug/errmsg of this
package, else `errmsg` on PATH. See Docs/worker-protocol.md.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def find_errmsg():
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "errmsg")
        if os.access(path, os.X_OK):
            return path
    return shutil.which("errmsg")


class Worker:
    """One `errmsg serve` process: send a request, read its reply."""

    def __init__(self, errmsg, locale):
        self.proc = subprocess.Popen(
            [errmsg, "serve", "--locale", locale],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def send(self, request):
        line = request if isinstance(request, bytes) else json.dumps(request, ensure_ascii=False).encode()
        self.proc.stdin.write(line + b"\n")
        self.proc.stdin.flush()

    def reply(self):
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the worker ended before replying")
        return json.loads(line)

    def ask(self, request):
        self.send(request)
        return self.reply()

    def close(self):
        self.proc.stdin.close()
        rest = self.proc.stdout.read()
        status = self.proc.wait()
        return rest, status


def envelope(code, message, request_id):
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}


def show(reply):
    if reply["ok"]:
        r = reply["result"]
        print("[%s] %s (%s)" % (json.dumps(reply["id"], ensure_ascii=False), r["code"], r["locale"]))
        print("    %s" % r["message"])
        if r["detail"]:
            print("    %s" % r["detail"])
        print("    -> %s" % r["hint"])
    else:
        e = reply["error"]
        print("[%s] error %s: %s" % (json.dumps(reply["id"]), e["kind"], e["message"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errmsg", default=None, help="the errmsg binary")
    ap.add_argument("--locale", default="zh-CN", help="default locale of the worker")
    a = ap.parse_args()
    errmsg = a.errmsg or find_errmsg()
    if not errmsg:
        sys.exit("errmsg not found: build it (swift build) or pass --errmsg")

    failures = []

    def expect(condition, what):
        if not condition:
            failures.append(what)

    worker = Worker(errmsg, a.locale)

    # One at a time: each reply arrives as soon as its line is written.
    expired = envelope(
        "AuthFailure.SignatureExpire",
        "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, "
        "the maximum expire is 300 seconds",
        "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
    )
    r = worker.ask({"id": 1, "locale": "en-US", "envelope": expired})
    show(r)
    expect(r["id"] == 1 and r["ok"] and r["result"]["code"] == "AuthFailure.SignatureExpire", "wrapped envelope")
    expect(r["ok"] and r["result"]["arguments"].get("requestTime") == 1700000000000, "arguments from the message")

    r = worker.ask(expired)  # a bare envelope: id null, the worker's locale
    show(r)
    expect(r["id"] is None and r["ok"] and r["result"]["locale"] == a.locale, "bare envelope")

    r = worker.ask({
        "id": {"trace": "t-9"},
        "locale": "en-US",
        "text": "[TencentCloudSDKError] Code=RequestLimitExceeded, Message=Your current request times "
        "equals to `12` in a second, which exceeds the frequency limit `10` for a second., RequestId=abc-1",
    })
    show(r)
    expect(r["id"] == {"trace": "t-9"} and r["ok"] and r["result"]["requestId"] == "abc-1", "SDK text")

    r = worker.ask({"id": "p", "locale": "en-US", "args": {"parameter": "{Region} 'x' #"},
                    "envelope": envelope("MissingParameter", "missing", "r-2")})
    show(r)
    expect(r["ok"] and "{Region} 'x' #" in (r["result"]["detail"] or ""), "args shown literally")

    r = worker.ask(b'{"id": 5, "envelope": ')  # a broken line: an error reply, and the worker goes on
    show(r)
    expect(not r["ok"] and r["error"]["kind"] == "invalid_json" and r["id"] is None, "invalid JSON")

    # Streaming: write from one thread, read from this one, match by order.
    codes = ["InternalError", "ResourceNotFound", "UnauthorizedOperation", "InvalidParameter.ParamError"]
    batch = [{"id": i, "locale": ("zh-CN", "en-US")[i % 2], "envelope": envelope(codes[i % len(codes)], "m", "r-%d" % i)}
             for i in range(200)]

    def write_batch():
        for request in batch:
            worker.send(request)

    writer = threading.Thread(target=write_batch)
    writer.start()
    replies = [worker.reply() for _ in batch]
    writer.join()
    expect([r["id"] for r in replies] == list(range(200)), "replies in input order")
    expect(all(r["ok"] for r in replies), "batch results")
    print("streamed %d requests; first: %s" % (len(replies), replies[0]["result"]["message"]))

    rest, status = worker.close()
    expect(rest == b"" and status == 0, "clean exit after the input ends")

    if failures:
        for f in failures:
            print("FAILED: %s" % f, file=sys.stderr)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adversarial stream for `errmsg serve`, judged by Python's own JSON parser.

    mutated_requests.py ERRMSG [--lines N] [--seed S]

Takes real-shaped requests, deletes, inserts or replaces one to three
characters at random (seeded), sends every line to `ERRMSG serve` and checks:
one reply per non-blank line, every reply valid JSON, no line Python refuses
as JSON answered ok, no line Python accepts called invalid_json. Prints the
mismatches and exits 1 when there is any.
"""
import argparse
import json
import random
import subprocess
import sys

BASE = [
    '{"id":1,"locale":"zh-CN","envelope":{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second."},"RequestId":"r1"}}}',
    '{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900"},"RequestId":"r2"}}',
    '{"id":"x","locale":"en-US","text":"[TencentCloudSDKError] Code=MissingParameter, Message=The request is missing a required parameter `Timestamp`., RequestId=abc"}',
    '{"id":[1,{"a":null}],"envelope":{"Error":{"Code":"InternalError.SomethingNew","Message":"m\\u00e9\\n"},"RequestId":"r3"},"args":{"count":3}}',
]
CHARS = list('{}[],:"\\ 0123456789abcdeEfnrtul.-+') + ['\x00', '\x7f', '\u00e9', '\t']


def strict_json(text):
    def refuse(constant):
        raise ValueError(constant)
    try:
        json.loads(text, parse_constant=refuse)
        return True
    except ValueError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("errmsg")
    ap.add_argument("--lines", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    lines = []
    for _ in range(a.lines):
        s = rng.choice(BASE)
        for _ in range(rng.randint(1, 3)):
            op, p = rng.random(), rng.randrange(len(s) + 1)
            if op < 0.33 and len(s) > 1:
                s = s[:p] + s[p + 1:]
            elif op < 0.66:
                s = s[:p] + rng.choice(CHARS) + s[p:]
            else:
                s = s[:p] + rng.choice(CHARS) + s[p + 1:]
        lines.append(s.replace("\n", " "))
    data = ("\n".join(lines) + "\n").encode()
    run = subprocess.run([a.errmsg, "serve"], input=data, capture_output=True)
    replies = run.stdout.decode().splitlines()
    asked = [line for line in lines if line.strip(" \t\r")]
    problems = []
    if run.returncode != 0:
        problems.append("serve exited with %d: %s" % (run.returncode, run.stderr.decode()[:200]))
    if len(replies) != len(asked):
        problems.append("%d replies for %d lines" % (len(replies), len(asked)))
    for request, reply in zip(asked, replies):
        try:
            r = json.loads(reply)
        except ValueError:
            problems.append("reply is not JSON: %r" % reply[:200])
            continue
        valid = strict_json(request)
        if not valid and r.get("ok"):
            problems.append("accepted invalid JSON: %r" % request[:200])
        if valid and not r.get("ok") and r["error"]["kind"] == "invalid_json":
            problems.append("called valid JSON invalid: %r -> %r" % (request[:200], reply[:200]))
    for p in problems[:10]:
        print(p)
    print("%d lines, %d problems" % (len(asked), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

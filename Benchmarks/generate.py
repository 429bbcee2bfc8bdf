#!/usr/bin/env python3
"""Writes a deterministic stream of errmsg worker requests, one JSON line each.

    generate.py [-n 200000] [--seed 1] [--invalid-rate 0.01] > requests.jsonl

Each line is a wrapped request {"id": n, "locale": "zh-CN"|"en-US", "envelope": {...}}
with a Tencent Cloud API 3.0 error response; the codes are weighted the way a client
meets them (clock, signature and rate-limit errors first, a long tail of product and
unknown sub-codes), the server messages carry the values errmsg reads (timestamps,
counts, parameter names), and about 1% of the lines are broken JSON. Standard library only.
"""
import argparse
import json
import random
import sys

# (code, weight, message templates); {a} {b} are numbers, {t} {s} timestamps, {p} a name.
CODES = [
    ("AuthFailure.SignatureExpire", 60, ["Signature expired. Timestamp: {t}, Server current timestamp {s}, the maximum expire is 300 seconds"]),
    ("AuthFailure.SignatureFailure", 45, ["The provided credentials could not be validated. Please check your signature is correct."]),
    ("AuthFailure.SecretIdNotFound", 25, ["The SecretId is not found, please ensure that your SecretId is correct."]),
    ("AuthFailure.InvalidSecretId", 10, ["Invalid key (not cloud API key type)."]),
    ("AuthFailure.TokenFailure", 10, ["Token verification failed."]),
    ("AuthFailure.UnauthorizedOperation", 20, ["The request is not authorized. Please check the CAM policy."]),
    ("RequestLimitExceeded", 70, [
        "Your current request times equals to `{a}` in a second, which exceeds the frequency limit `{b}` for a second.",
        "您当前每秒请求 `{a}` 次，超过了每秒频率上限 `{b}`",
    ]),
    ("RequestLimitExceeded.UinLimitExceeded", 12, ["Request frequency for this account exceeds the limit."]),
    ("InternalError", 40, ["An internal error has occurred. Retry your request.", "内部错误，请稍后重试。"]),
    ("InternalError.DbError", 5, ["Database error occurred while processing the request (errno {a})."]),
    ("InvalidParameter", 40, ["The parameter `{p}` is invalid."]),
    ("InvalidParameterValue", 35, ["The value `{a}` specified in the parameter `{p}` is invalid."]),
    ("MissingParameter", 20, ["The request is missing a required parameter `{p}`."]),
    ("UnknownParameter", 10, ["The parameter `{p}` is not recognized."]),
    ("InvalidAction", 6, ["The requested action `Describe{p}` was not found."]),
    ("UnsupportedRegion", 6, ["The region `ap-{p}` is not supported."]),
    ("ResourceNotFound", 15, ["The resource ins-{a} does not exist."]),
    ("ResourceInsufficient", 8, ["Insufficient resources in the availability zone."]),
    ("LimitExceeded", 10, ["Quota exceeded: {a} of {b} used."]),
    ("FailedOperation", 15, ["The operation failed."]),
    ("UnauthorizedOperation", 12, ["You are not authorized to perform this operation."]),
    ("InternalError.SomethingNew", 6, ["A backend error."]),
    ("AuthFailure.NewSubCode", 4, ["Authentication failed."]),
    ("Made.Up.Code", 3, ["Unknown failure."]),
]
NAMES = ["Limit", "Offset", "InstanceIds", "Region", "Zone", "SystemDisk.DiskSize", "Filters", "VpcId"]
BROKEN = ['{"id": 1, "envelope": {', "not json at all", '{"Response": }', "{'single': 'quotes'}", '{"id": 2} trailing']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--invalid-rate", type=float, default=0.01)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    weights = [w for _, w, _ in CODES]
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for i in range(a.n):
        if rnd.random() < a.invalid_rate:
            out.write(rnd.choice(BROKEN) + "\n")
            continue
        code, _, templates = rnd.choices(CODES, weights)[0]
        t = 1700000000 + rnd.randrange(10**7)
        message = rnd.choice(templates).format(
            a=rnd.randrange(1, 500), b=rnd.randrange(1, 50), t=t, s=t + rnd.randrange(301, 4000), p=rnd.choice(NAMES))
        envelope = {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": "%08x-%04x-4%03x-a%03x-%012x" % (
            rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(48))}}
        out.write(dumps({"id": i, "locale": rnd.choice(("zh-CN", "en-US")), "envelope": envelope}) + "\n")


if __name__ == "__main__":
    main()

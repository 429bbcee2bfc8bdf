#!/usr/bin/env python3
"""Generate worker requests whose (product, code) pairs are drawn Zipf-wise from the whole catalog.

    gen_products.py [-n N] [--seed S] [--zipf 1.1] [--root DIR] > requests.jsonl

Every line is one wrapped request for `errmsg serve` (Docs/worker-protocol.md):

    {"id":7,"locale":"zh-TW","product":"tke","envelope":{"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"…"}}}

The pairs are every (product, code) of the catalog of the repository the script
runs in: the curated `Catalog/<product>.json` files and the official tier
`Catalog/official/<product>.json` (about 17,000 pairs when it is there).

How a line is drawn (deterministic for a seed):
- Pairs are ranked, then drawn with probability proportional to 1 / rank**s
  (Zipf, s = 1.1 by default). The curated common codes (the platform codes
  every API can return) take the first ranks: the usual ones first in a fixed
  order (rate limit, expired signature, bad signature, invalid parameter,
  internal error, …), the others in a seeded order; every other pair follows in
  a seeded random order.
  With about 17,000 pairs and s = 1.1, the first rank draws ~15 % of the lines,
  the common codes ~50 %, and about 5,000 distinct pairs appear in 200,000 lines.
- A common code is sent with a product drawn uniformly from the catalog's
  products (any API can return it); a product code with its own product.
- Locale: en-US 43 %, zh-CN 33 %, zh-TW 12 %, and a few that negotiate or fall
  back: zh-HK 4 %, zh-MO 1 %, ja 3 %, en-GB 2 %, fr-FR 2 %.
- About 10 % carry no product (8 % without the member, 2 % with null), so the
  code is looked up in every product.
- About 3 % use a sub-code no catalog has (`<code>.<NewWord>`), so the lookup
  falls to the family.
- Server messages: the shapes the catalog's `extract` templates read, filled with
  values (`AuthFailure.SignatureExpire` timestamps, `RequestLimitExceeded`
  counts, TKE CIDR conflicts, missing parameters, …) where the entry has them;
  otherwise the official description (English or Chinese, as servers send
  either), sometimes with a trace value appended, or a generic sentence.
- Request IDs are UUIDs (version 4) from the seeded generator.

Standard library only.
"""

import argparse
import glob
import json
import os
import random
import re
import sys
import uuid

LOCALES = [
    ("en-US", 43),
    ("zh-CN", 33),
    ("zh-TW", 12),
    ("zh-HK", 4),
    ("zh-MO", 1),
    ("ja", 3),
    ("en-GB", 2),
    ("fr-FR", 2),
]

NEW_SUBCODES = ["BackendTimeout", "QuotaCheckFailed", "NewFeatureDisabled", "ShardMigrating", "TagQuotaExceeded"]

PARAMETERS = ["Region", "InstanceIds", "ClusterId", "ImageId", "VpcId", "SubnetId", "Limit", "Offset"]
ACTIONS = ["DescribeInstance", "DescribeClusterz", "CreateClusterNodePool", "RunInstance"]
REGIONS = ["ap-mumbai", "eu-moscow", "ap-guangzhou-open", "na-toronto"]
SERVICES = ["cvm", "tke", "vpc", "cbs", "clb"]


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(os.path.dirname(here))


def load_pairs(root):
    """Every (product, code) pair, the curated entries' extract templates, and the official descriptions."""
    pairs = set()
    extract = {}  # (product, code) -> [(template, {argument: type})]
    descriptions = {}  # (product, code) -> (zh, en); ("*", code): the first product's, for common codes
    for path in sorted(glob.glob(os.path.join(root, "Catalog", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        product = doc["product"]
        for code, entry in doc["codes"].items():
            pairs.add((product, code))
            if entry.get("extract"):
                types = {name: a.get("type", "string") for name, a in entry.get("arguments", {}).items()}
                extract[(product, code)] = [(t, types) for t in entry["extract"]]
    for path in sorted(glob.glob(os.path.join(root, "Catalog", "official", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        product = doc["product"]
        for code, entry in doc["codes"].items():
            pairs.add((product, code))
            descriptions[(product, code)] = (entry.get("zh"), entry.get("en"))
            descriptions.setdefault(("*", code), (entry.get("zh"), entry.get("en")))
    return pairs, extract, descriptions


# The first ranks: the codes a client meets most (as in ../shared/bench/gen.py's weights).
HEAD = ["RequestLimitExceeded", "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "InvalidParameter",
        "InternalError", "ResourceNotFound", "InvalidParameterValue", "AuthFailure.SecretIdNotFound",
        "UnauthorizedOperation", "AuthFailure.UnauthorizedOperation", "MissingParameter", "FailedOperation"]


def ranked(pairs, rng):
    """The pairs in Zipf rank order: the usual common codes, the other common codes, then every other pair."""
    head = [("common", c) for c in HEAD if ("common", c) in pairs]
    common = sorted(p for p in pairs if p[0] == "common" and p not in head)
    rest = sorted(p for p in pairs if p[0] != "common")
    rng.shuffle(common)
    rng.shuffle(rest)
    return head + common + rest


def hex_id(rng, n=8):
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def cidr(rng):
    return rng.choice(["10.%d.0.0/16" % rng.randrange(256), "172.%d.0.0/16" % rng.randrange(16, 32),
                       "192.168.%d.0/24" % rng.randrange(256)])


def argument_value(name, kind, rng, now):
    """A plausible value for an argument of an extract template."""
    if kind == "date":
        return str(now)
    if kind == "int":
        return str(rng.randrange(1, 2000))
    lowered = name.lower()
    if "cidr" in lowered:
        return cidr(rng)
    if lowered == "clusterid":
        return "cls-" + hex_id(rng)
    if lowered == "parameter":
        return rng.choice(PARAMETERS)
    if lowered == "action":
        return rng.choice(ACTIONS)
    if lowered == "region":
        return rng.choice(REGIONS)
    if lowered == "service":
        return rng.choice(SERVICES)
    if lowered == "version":
        return "2017-03-%02d" % rng.randrange(1, 29)
    return str(rng.randrange(1, 100))


# Server messages with values, in the shapes the servers send (the extract templates read their start).
def shaped_message(code, template, types, rng):
    t = 1_700_000_000 + rng.randrange(0, 50_000_000)
    if code == "AuthFailure.SignatureExpire":
        return ("Signature expired. Timestamp: %d, Server current timestamp %d, the maximum expire is 300 seconds"
                % (t, t + rng.randrange(301, 9000)))
    if code == "RequestLimitExceeded":
        limit = rng.choice([10, 20, 50, 100])
        count = limit + rng.randrange(1, 50)
        if template.startswith("您"):
            return "您当前每秒请求 `%d` 次，超过了每秒频率上限 `%d`，请稍后重试。" % (count, limit)
        return ("Your current request times equals to `%d` in a second, which exceeds the frequency limit `%d` "
                "for a second. Please reduce the frequency of calls." % (count, limit))
    values = {}

    def fill(m):
        name = m.group(1)
        if name not in values:
            values[name] = argument_value(name, types.get(name, "string"), rng, t)
        return values[name]

    text = re.sub(r"\{(\w+)\}", fill, template)
    if text.startswith("[cidr ") and not text.endswith("]"):
        text += rng.choice([" vpc cidr 10.0.0.0/12]", " route table rtb-%s]" % hex_id(rng), " global route]"])
    elif not text.endswith((".", "]", "。")):
        text += "."
    return text


def server_message(product, code, extract, descriptions, rng):
    shapes = extract.get((product, code)) or extract.get(("common", code))
    if shapes and rng.random() < 0.9:
        template, types = rng.choice(shapes)
        return shaped_message(code, template, types, rng)
    zh, en = descriptions.get((product, code)) or descriptions.get(("*", code)) or (None, None)
    pick = en if (en and (not zh or rng.random() < 0.6)) else zh
    if pick:
        if rng.random() < 0.15:
            return "%s (trace %d)" % (pick, rng.randrange(10_000, 99_999_999))
        return pick
    return "An error occurred while processing the request (%s)." % code


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200_000, help="lines to write (default 200000)")
    ap.add_argument("--seed", type=int, default=20240806)
    ap.add_argument("--zipf", type=float, default=1.1, help="the Zipf exponent s (default 1.1)")
    ap.add_argument("--root", default=repo_root(), help="the repository whose Catalog/ is read")
    a = ap.parse_args()

    pairs, extract, descriptions = load_pairs(a.root)
    if not pairs:
        sys.exit("no catalog under %s" % a.root)
    rng = random.Random(a.seed)
    order = ranked(pairs, rng)
    cumulative, total = [], 0.0
    for rank in range(1, len(order) + 1):
        total += rank ** -a.zipf
        cumulative.append(total)
    products = sorted({p for p, _ in pairs if p != "common"}) or ["cvm"]
    locale_names = [name for name, _ in LOCALES]
    locale_weights = [w for _, w in LOCALES]

    out = sys.stdout
    buf = []
    for i in range(a.n):
        product, code = rng.choices(order, cum_weights=cumulative)[0]
        request_product = rng.choice(products) if product == "common" else product
        message = server_message(product, code, extract, descriptions, rng)
        if rng.random() < 0.03:
            code = "%s.%s" % (code, rng.choice(NEW_SUBCODES))
        request = {"id": i, "locale": rng.choices(locale_names, locale_weights)[0]}
        roll = rng.random()
        if roll >= 0.10:
            request["product"] = request_product
        elif roll >= 0.08:
            request["product"] = None
        request_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        request["envelope"] = {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}
        buf.append(json.dumps(request, ensure_ascii=False, separators=(",", ":")))
        if len(buf) >= 4096:
            out.write("\n".join(buf) + "\n")
            buf.clear()
    if buf:
        out.write("\n".join(buf) + "\n")


if __name__ == "__main__":
    main()

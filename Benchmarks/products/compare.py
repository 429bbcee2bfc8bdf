#!/usr/bin/env python3
"""Check that errmsg serve and the Python reference agree on the products stream.

    compare.py --errmsg PATH [-n 2000] [--seed S] [--examples 1] [--jobs 1]

Generates N requests (gen_products.py), answers them with `errmsg serve
--locale en-US` and with reference.py, and compares the replies line by line:

- the lookup: `product`, `tier`, `matchedCode`, `exact`, `message` (official
  descriptions must be byte-identical, curated messages too: they carry no ICU
  arguments but `{code}`);
- also, reported apart: `hint`, `locale`, `category`, `retry`, `actor`,
  `candidateProducts`, `machineConverted`, `requestId`, `serverMessage`.

Prints the agreement rate and every kind of disagreement (the fields that
differ, errmsg's and the reference's tier, the requested locale, whether a
product was given) with a count and an example request line and both values.
Exit status 1 when a lookup field disagrees.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference  # noqa: E402
LOOKUP = ("product", "tier", "matchedCode", "exact", "message")
OTHER = ("hint", "locale", "category", "retry", "actor", "candidateProducts", "machineConverted", "requestId",
         "serverMessage")


def cause(catalog, request, ours, theirs):
    """Why the two differ, when it is one of the known reasons."""
    message = ours.get("message") or ""
    if reference.PRINTF_PLACEHOLDER.search(message):
        return "errmsg shows an official description with a %(name)s placeholder"
    locale = (request.get("locale") or "").lower()
    product = ours.get("product") or (ours.get("candidateProducts") or [None])[0]
    raw = catalog.raw_official.get((product, ours.get("code")), {})
    if ours.get("tier") == theirs.get("tier") == "official" and locale in ("zh-hk", "zh-mo"):
        if message == raw.get("zh-TW") and theirs.get("message") == raw.get("zh-HK"):
            return "zh-HK/zh-MO reader gets the zh-TW column (negotiated to zh-TW), not zh-HK"
    if ours.get("machineConverted") and raw.get("zh") and not (raw.get("zh-TW") or raw.get("zh-HK")):
        return "no written Traditional text: errmsg converts zh with ICU Hans-Hant (the reference cannot)"
    return "unexplained"


def run(cmd, data):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if p.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr.decode()[-2000:]))
    return p.stdout.decode("utf-8").splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errmsg", required=True, help="the errmsg binary")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", type=int, default=1, help="example lines shown per kind")
    ap.add_argument("--jobs", type=int, default=1, help="errmsg serve --jobs")
    a = ap.parse_args()

    py = sys.executable
    requests = subprocess.run([py, os.path.join(HERE, "gen_products.py"), "-n", str(a.n), "--seed", str(a.seed)],
                              stdout=subprocess.PIPE, check=True).stdout
    ours = run([a.errmsg, "serve", "--locale", "en-US", "--jobs", str(a.jobs)], requests)
    theirs = run([py, os.path.join(HERE, "reference.py"), "--locale", "en-US"], requests)
    lines = requests.decode("utf-8").splitlines()
    if not (len(ours) == len(theirs) == len(lines)):
        sys.exit("line counts differ: %d requests, %d errmsg, %d reference" % (len(lines), len(ours), len(theirs)))

    catalog = reference.Catalog(reference.repo_root())
    lookup_kinds = collections.OrderedDict()
    other_kinds = collections.OrderedDict()
    agree = 0
    tiers = collections.Counter()
    for line, o, t in zip(lines, ours, theirs):
        request, o, t = json.loads(line), json.loads(o), json.loads(t)
        if not (o.get("ok") and t.get("ok")):
            key = ("ok", str(o.get("ok")), str(t.get("ok")))
            lookup_kinds.setdefault(key, []).append((line, o, t))
            continue
        r, s = o["result"], t["result"]
        tiers[r["tier"]] += 1
        differ = tuple(f for f in LOOKUP if r.get(f) != s.get(f))
        if differ:
            key = (cause(catalog, request, r, s), ", ".join(differ), "errmsg %s / python %s" % (r["tier"], s["tier"]))
            lookup_kinds.setdefault(key, []).append((line, r, s))
        else:
            agree += 1
        differ_other = tuple(f for f in OTHER if r.get(f) != s.get(f))
        if differ_other:
            key = (cause(catalog, request, r, s), ", ".join(differ_other), "errmsg %s" % r["tier"])
            other_kinds.setdefault(key, []).append((line, r, s))

    n = len(lines)
    print("%d lines; errmsg tiers: %s" % (n, ", ".join("%s %d" % kv for kv in tiers.most_common())))
    print("lookup fields (%s) agree on %d of %d lines (%.2f %%)" % (", ".join(LOOKUP), agree, n, 100.0 * agree / n))

    def report(title, kinds, fields):
        print("\n== %s: %d kinds" % (title, len(kinds)))
        for key, cases in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            print("\n- %d lines: %s" % (len(cases), " | ".join(str(k) for k in key)))
            locales = collections.Counter(json.loads(line).get("locale") for line, _, _ in cases)
            with_product = sum(1 for line, _, _ in cases if json.loads(line).get("product"))
            print("  locales: %s; %d with a product, %d without" % (
                ", ".join("%s %d" % kv for kv in locales.most_common()), with_product, len(cases) - with_product))
            for line, r, s in cases[: a.examples]:
                print("  request:   %s" % line)
                for f in fields:
                    if r.get(f) != s.get(f):
                        print("  %-18s errmsg=%s" % (f, json.dumps(r.get(f), ensure_ascii=False)))
                        print("  %-18s python=%s" % ("", json.dumps(s.get(f), ensure_ascii=False)))

    report("lookup disagreements", lookup_kinds, LOOKUP)
    report("other field disagreements", other_kinds, OTHER)
    sys.exit(1 if lookup_kinds else 0)


if __name__ == "__main__":
    main()

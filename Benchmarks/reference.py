#!/usr/bin/env python3
"""The Python reference errmsg is compared with: what a user would write instead.

Reads JSON lines on stdin: wrapped requests {"id","locale","envelope"} or bare
envelopes. Looks the code up in this repository's own texts (Locales/, either
<locale>.json or <locale>/*.json), with the family fallback A.B.C -> A.B -> A -> the
generic message; fills {code}; writes one JSON line per non-blank input line:
{"id","ok":true,"result":{code, matchedCode, locale, message, hint, requestId,
serverMessage}} or {"id","ok":false,"error":{kind, message}}. A one-shot call (one
envelope on stdin) works the same way. No ICU: plurals, numbers and dates in the
detail are what errmsg adds on top.

    reference.py [--json stdlib|orjson] [--locale en-US] [--locales DIR] < in > out
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_texts(folder):
    texts = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json")) + glob.glob(os.path.join(folder, "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        if not isinstance(doc, dict) or "locale" not in doc:
            continue
        table = texts.setdefault(doc["locale"], {"messages": {}, "unknown": None})
        table["messages"].update(doc.get("messages", {}))
        table["unknown"] = doc.get("unknown") or table["unknown"]
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", choices=("stdlib", "orjson"), default="stdlib")
    ap.add_argument("--locale", default="en-US")
    ap.add_argument("--locales", default=os.path.join(ROOT, "Locales"))
    a = ap.parse_args()

    if a.json == "orjson":
        import orjson
        loads, dumps, decode_error = orjson.loads, orjson.dumps, orjson.JSONDecodeError
        inp, out, newline = sys.stdin.buffer, sys.stdout.buffer, b"\n"
    else:
        loads, decode_error = json.loads, json.JSONDecodeError
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        inp, out, newline = sys.stdin, sys.stdout, "\n"

    texts = load_texts(a.locales)
    source = texts.get("en-US") or next(iter(texts.values()))
    cache = {}

    def lookup(code, locale):
        key = (code, locale)
        hit = cache.get(key)
        if hit is None:
            table = texts.get(locale) or texts.get(locale.split("-")[0]) or source
            entry, matched, probe = None, None, code
            while probe:
                entry = table["messages"].get(probe) or source["messages"].get(probe)
                if entry:
                    matched = probe
                    break
                probe = probe.rpartition(".")[0]
            entry = entry or table["unknown"] or source["unknown"]
            hit = (matched, entry["message"].replace("{code}", code), entry["hint"].replace("{code}", code))
            if len(cache) < 4096:
                cache[key] = hit
        return hit

    for line in inp:
        if not line.strip():
            continue
        try:
            request = loads(line)
        except (decode_error, ValueError) as e:
            out.write(dumps({"id": None, "ok": False, "error": {"kind": "invalid_json", "message": str(e)}}) + newline)
            continue
        if not isinstance(request, dict):
            request = {}
        envelope = request.get("envelope", request)
        rid = request.get("id")
        response = envelope.get("Response", envelope) if isinstance(envelope, dict) else None
        error = response.get("Error") if isinstance(response, dict) else None
        if not isinstance(error, dict) or not isinstance(error.get("Code"), str):
            out.write(dumps({"id": rid, "ok": False, "error": {"kind": "not_an_envelope", "message": "no Error.Code"}})
                      + newline)
            continue
        locale = request.get("locale") or a.locale
        code = error["Code"]
        matched, message, hint = lookup(code, locale)
        out.write(dumps({"id": rid, "ok": True, "result": {
            "code": code, "matchedCode": matched, "locale": locale, "message": message, "hint": hint,
            "requestId": response.get("RequestId"), "serverMessage": error.get("Message")}}) + newline)


if __name__ == "__main__":
    main()

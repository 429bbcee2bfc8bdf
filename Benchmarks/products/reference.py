#!/usr/bin/env python3
"""The Python reference for the products stream: the lookup `errmsg serve` does, over the same data.

    reference.py [--json stdlib|orjson] [--locale en-US] [--root DIR] [--no-cache] < requests.jsonl > replies.jsonl

Reads the repository's catalog at start: the curated `Catalog/<product>.json`,
the official tier `Catalog/official/<product>.json` and the curated texts
`Locales/<locale>/<product>.json`. Then, for every JSON line on standard input
(a wrapped request `{"id":…,"locale":…,"product":…,"envelope":…}` or a bare
envelope), it resolves the code as Docs/catalog-layout.md says and writes one
reply line like the worker's: `{"id":…,"ok":true,"result":{…}}`.

How a code resolves (Docs/catalog-layout.md, "How a lookup resolves"):
- with a product P: P's curated entry → the common entry → P's official entry →
  P's family (A.B.C → A.B → A, curated) → the common family → the generic message;
- without one: the common entry; else the one product that declares the code;
  else, when several do, their official text if their descriptions agree and the
  family text if they don't (listing the candidate products); else the common
  family → generic.
An official entry shows its description in the reader's language (`zh` for
Simplified Chinese, the `zh-TW` column for Taiwan, `zh-HK` for Hong Kong and
Macau, `en` for everyone else), with the family's hint and metadata; a
description that is missing, empty, a placeholder or only repeats the code shows
the family's texts instead (`tier: family`, still an exact match).

What it does not do, so it does strictly less work than errmsg:
- Curated texts are formatted by substituting simple `{name}` arguments (only
  `{code}` occurs in messages and hints); ICU MessageFormat (plurals, dates,
  numbers, apostrophe quoting) is not available in plain Python, so the
  `detail` sentence is not rendered and no values are read from server messages
  (`detail` and `arguments` are left out of the result).
- The server message is echoed as it is (errmsg redacts credentials first).
- Locale negotiation is a simplified version of errmsg's: one tag (no
  Accept-Language lists), an available folder matched exactly, else Chinese by
  script (Traditional: zh-TW texts; Simplified: zh-CN), else English, else the
  source locale. Where a Traditional Chinese text is missing, errmsg converts the
  Simplified one with ICU; this reference shows the family's (or source) text.
- With caching (the default) a (code, product, locale) is resolved once and its
  result reused, as errmsg caches rendered templates; `--no-cache` resolves
  every line.
"""

import argparse
import glob
import json
import os
import re
import sys

SOURCE_LOCALE = "en-US"
PRODUCT_ID = re.compile(r"[a-z0-9]+\Z")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(os.path.dirname(here))


def read_json(path, loads=json.loads):
    with open(path, "rb") as f:
        return loads(f.read())


# --- Official descriptions in display form -------------------------------------------------------------------


NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]+")
# Placeholders the SDKs left in descriptions: %s, %d and Python's %(name)s (issue #8 part 3: never shown).
PRINTF_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sd]")


def letters(text):
    """Lowercased letters, digits and CJK, without spaces and punctuation."""
    if text.isascii():
        return NOT_ASCII_ALNUM.sub("", text).lower()
    return "".join(c.lower()[0] for c in text if c.isalpha() or "0" <= c <= "9")


def display(raw, chinese, code):
    """The description to show, or None when it is not fit to show (empty, a placeholder, only the code).

    errmsg's rules (OfficialDescription.display), with one more placeholder form: errmsg recognises `%s`,
    `%d` and braces, this also `%(name)s` (61 pairs of the official tier have it; see compare.py's report).
    """
    if raw is None:
        return None
    text = raw.strip(" \t\r\n\u3000")
    if not text or "{" in text or "}" in text or PRINTF_PLACEHOLDER.search(text):
        return None
    bare = letters(text)
    if not bare or bare == letters(code) or bare == letters(code.rsplit(".", 1)[-1]):
        return None
    if bare in ("xxx", "todo", "暂无", "无", "none", "null"):
        return None
    if chinese and text[-1] not in "。！？.!?）)":
        text += "。"
    elif not chinese and text[-1] not in ".!?)":
        text += "."
    return text


class Official:
    """One official-tier entry: its descriptions in display form (None where not fit to show)."""

    __slots__ = ("zh", "en", "zh_tw", "zh_hk")

    def __init__(self, code, entry):
        self.zh = display(entry.get("zh"), True, code)
        self.en = display(entry.get("en"), False, code)
        self.zh_tw = display(entry.get("zh-TW"), True, code) if self.zh else None
        self.zh_hk = display(entry.get("zh-HK"), True, code) if self.zh else None

    def text(self, column):
        if column == "zh":
            return self.zh
        if column == "zh-TW":
            return self.zh_tw or self.zh_hk
        if column == "zh-HK":
            return self.zh_hk or self.zh_tw
        return self.en


# --- The catalog ---------------------------------------------------------------------------------------------


class Match:
    """How a code resolved: whose texts, whose metadata, and what to report."""

    __slots__ = ("texts", "official", "family", "matched", "exact", "product", "candidates")

    def __init__(self, texts, matched, exact, product, official=None, family=None, candidates=None):
        self.texts = texts  # (product, code) of curated texts, or None (official description or generic)
        self.official = official  # an Official, for the official tier
        self.family = family  # (product, code) of the family entry whose hint and metadata the official tier uses
        self.matched = matched
        self.exact = exact
        self.product = product
        self.candidates = candidates


class Catalog:
    def __init__(self, root, loads=json.loads):
        self.curated = {}  # product -> {code: entry}
        for path in sorted(glob.glob(os.path.join(root, "Catalog", "*.json"))):
            doc = read_json(path, loads)
            self.curated[doc["product"]] = doc["codes"]
        self.curated.setdefault("common", {})

        # The official tier, read whole but put in display form only when a lookup touches an entry.
        self.raw_official = {}  # (product, code) -> the entry as the file has it
        self.official_cache = {}  # (product, code) -> Official
        self.declaring = {}  # code -> sorted products that declare it, in any tier
        for path in sorted(glob.glob(os.path.join(root, "Catalog", "official", "*.json"))):
            doc = read_json(path, loads)
            product = doc["product"]
            for code, entry in doc["codes"].items():
                self.raw_official[(product, code)] = entry
                self.declaring.setdefault(code, set()).add(product)
        for product, codes in self.curated.items():
            for code in codes:
                self.declaring.setdefault(code, set()).add(product)
        self.declaring = {code: sorted(products) for code, products in self.declaring.items()}

        self.texts = {}  # locale -> product -> code -> {"message": …, "hint": …}
        self.unknown = {}  # locale -> {"message": …, "hint": …}
        for path in sorted(glob.glob(os.path.join(root, "Locales", "*", "*.json"))):
            locale = os.path.basename(os.path.dirname(path))
            if locale == "glossary":
                continue
            doc = read_json(path, loads)
            self.texts.setdefault(locale, {})[doc.get("product", "common")] = doc.get("messages", {})
            if "unknown" in doc:
                self.unknown[locale] = doc["unknown"]
        self.locales = sorted(self.texts)

    # Resolution ------------------------------------------------------------------------------------------------

    def entry(self, product, code):
        return self.curated.get(product, {}).get(code)

    def official(self, product, code):
        """A product's official entry for a code, descriptions in display form; None when it has none."""
        key = (product, code)
        hit = self.official_cache.get(key)
        if hit is None:
            raw = self.raw_official.get(key)
            if raw is None:
                return None
            hit = self.official_cache[key] = Official(code, raw)
        return hit

    def agree(self, code, products):
        """Whether the products' official descriptions of a code say the same in both languages."""
        texts = set()
        for p in products:
            o = self.official(p, code)
            if o is not None:
                texts.add((o.zh or "", o.en or ""))
        return len(texts) <= 1

    def family_of(self, code, product):
        """The nearest curated family entry: the product's (A.B, then A), then common's."""
        for p in ([product] if product and product != "common" else []) + ["common"]:
            codes = self.curated.get(p, {})
            parent = code
            while "." in parent:
                parent = parent.rsplit(".", 1)[0]
                if parent and parent in codes:
                    return (p, parent)
        return None

    def resolve(self, code, product):
        if product and product != "common":
            if self.entry(product, code) is not None:
                return Match((product, code), code, True, product)
            # A platform code keeps its curated common text over a product's official description.
            if self.entry("common", code) is not None:
                return Match(("common", code), code, True, "common")
            official = self.official(product, code)
            if official is not None:
                family = self.family_of(code, product)
                return Match(None, code, True, product, official=official, family=family)
            return self.family_match(code, product)
        if self.entry("common", code) is not None:
            return Match(("common", code), code, True, "common")
        candidates = [p for p in self.declaring.get(code, ()) if p != "common"]
        if len(candidates) == 1:
            return self.resolve(code, candidates[0])
        if len(candidates) > 1:
            family = self.family_of(code, None)
            if self.agree(code, candidates):
                for p in candidates:
                    official = self.official(p, code)
                    if official is not None:
                        return Match(None, code, True, None, official=official, family=family, candidates=candidates)
            # Several products, different meanings: the family's texts (an exact match all the same).
            return Match(family, code, True, None, candidates=candidates)
        return self.family_match(code, None)

    def family_match(self, code, product):
        family = self.family_of(code, product)
        if family is None:
            return Match(None, None, False, None)
        return Match(family, family[1], False, family[0])

    # Texts -----------------------------------------------------------------------------------------------------

    def locale_for(self, request):
        """(text locale, official column) for a requested locale."""
        tag = request.split(".", 1)[0].replace("_", "-")
        lowered = tag.lower()
        parts = lowered.split("-")
        exact = next((l for l in self.locales if l.lower() == lowered), None)
        if parts[0] == "zh":
            traditional = "hant" in parts or any(r in parts for r in ("tw", "hk", "mo"))
            column = ("zh-HK" if ("hk" in parts or "mo" in parts) else "zh-TW") if traditional else "zh"
            if exact:
                return exact, column
            want = "zh-TW" if traditional else "zh-CN"
            return (want if want in self.texts else SOURCE_LOCALE), column
        if exact:
            return exact, "en"
        same_language = next((l for l in self.locales if l.split("-")[0].lower() == parts[0]), None)
        return (same_language or SOURCE_LOCALE), "en"

    def curated_text(self, field, locale, product, code):
        """A field of a curated entry in the locale, else in the source locale."""
        for loc in (locale, SOURCE_LOCALE):
            record = self.texts.get(loc, {}).get(product, {}).get(code)
            if record and record.get(field) is not None:
                return record[field]
        return None

    def generic_text(self, field, locale):
        for loc in (locale, SOURCE_LOCALE):
            record = self.unknown.get(loc)
            if record and record.get(field) is not None:
                return record[field]
        return None

    # The result ------------------------------------------------------------------------------------------------

    def lookup(self, code, product, request_locale):
        """The result fields that depend only on (code, product, locale)."""
        match = self.resolve(code, product)
        locale, column = self.locale_for(request_locale)
        converted = False
        meta_source = match.texts
        if match.official is not None:
            meta_source = match.family
            message = match.official.text(column)
            if message is not None:
                tier = "official"
                converted = column in ("zh-TW", "zh-HK")
            elif match.family is not None:
                tier, message = "family", self.curated_text("message", locale, *match.family)
            else:
                tier, message = "generic", None
            hint = self.curated_text("hint", locale, *match.family) if match.family else None
        elif match.texts is not None:
            tier = "curated" if match.exact and match.candidates is None else "family"
            message = self.curated_text("message", locale, *match.texts)
            hint = self.curated_text("hint", locale, *match.texts)
        else:
            tier, message, hint = "generic", None, None
        if message is None:
            tier, message = "generic", self.generic_text("message", locale)
        if hint is None:
            hint = self.generic_text("hint", locale)
        meta = self.entry(*meta_source) if meta_source else None
        result = {
            "code": code,
            "matchedCode": match.matched,
            "exact": match.exact,
            "product": match.product,
            "tier": tier,
        }
        if match.candidates:
            result["candidateProducts"] = match.candidates
        result["locale"] = locale
        result["machineConverted"] = converted
        result["message"] = format_text(message, code)
        result["hint"] = format_text(hint, code)
        result["category"] = meta.get("category") if meta else None
        result["retry"] = meta.get("retry", "unknown") if meta else "unknown"
        result["actor"] = meta.get("actor") if meta else None
        return result


def format_text(text, code):
    """`{name}` arguments substituted, str.format style (only `{code}` is known here); ICU syntax left as is."""
    if text is None or "{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: code if m.group(1) == "code" else m.group(0), text)


# --- The worker loop -----------------------------------------------------------------------------------------


def error_reply(request_id, kind, message):
    return {"id": request_id, "ok": False, "error": {"kind": kind, "message": message}}


def answer(catalog, obj, default_locale, lookup):
    """The reply to one parsed line."""
    if not isinstance(obj, dict):
        return error_reply(None, "not_an_envelope", "the line is not an error response")
    if "envelope" in obj or "text" in obj:
        request_id = obj.get("id")
        if "text" in obj:
            return error_reply(request_id, "bad_request", "text requests are not handled by the reference")
        locale = obj.get("locale") or default_locale
        product = obj.get("product") or None
        if product is not None and not (isinstance(product, str) and PRODUCT_ID.match(product)):
            return error_reply(request_id, "bad_request", "product is not a product id")
        envelope = obj["envelope"]
    else:
        request_id, locale, product, envelope = None, default_locale, None, obj
    response = envelope.get("Response", envelope) if isinstance(envelope, dict) else None
    error = response.get("Error", response) if isinstance(response, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("Code"), str):
        kind = "no_error" if isinstance(response, dict) and "RequestId" in response else "not_an_envelope"
        return error_reply(request_id, kind, "the line is not an error response")
    code = error["Code"]
    result = dict(lookup(code, product, locale))
    result["requestId"] = response.get("RequestId")
    result["serverMessage"] = error.get("Message")
    return {"id": request_id, "ok": True, "result": result}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", choices=("stdlib", "orjson"), default="stdlib")
    ap.add_argument("--locale", default="en-US", help="the locale of requests that name none")
    ap.add_argument("--root", default=repo_root(), help="the repository whose Catalog/ and Locales/ are read")
    ap.add_argument("--no-cache", action="store_true", help="resolve every line (no per-(code, product, locale) cache)")
    a = ap.parse_args()

    if a.json == "orjson":
        import orjson

        loads, decode_error = orjson.loads, orjson.JSONDecodeError

        def dumps(o):
            return orjson.dumps(o) + b"\n"

        inp, out = sys.stdin.buffer, sys.stdout.buffer
    else:
        loads, decode_error = json.loads, json.JSONDecodeError
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

        def dumps(o):
            return encode(o) + "\n"

        inp, out = sys.stdin, sys.stdout

    catalog = Catalog(a.root, loads)
    if a.no_cache:
        lookup = catalog.lookup
    else:
        cache = {}

        def lookup(code, product, locale):
            key = (code, product, locale)
            hit = cache.get(key)
            if hit is None:
                if len(cache) >= 8192:
                    cache.clear()
                hit = cache[key] = catalog.lookup(code, product, locale)
            return hit

    write = out.write
    for raw in inp:
        if not raw.strip():
            continue
        try:
            obj = loads(raw)
        except decode_error as e:
            write(dumps(error_reply(None, "invalid_json", str(e))))
            continue
        write(dumps(answer(catalog, obj, a.locale, lookup)))
    out.flush()


if __name__ == "__main__":
    main()

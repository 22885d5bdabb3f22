#!/usr/bin/env python3
"""Fails on UI text written straight into a Leaf template or a page title instead of the locale files.

Every word a user reads comes from `Sources/ZIServer/Resources/Locales/<lang>/*.json` through
`#t("key")`, so that the ID/EN switch covers the whole product. This script strips from each
template what is not text (tags, Leaf expressions and directives, `#t(...)`, scripts, styles,
entities) and reports any word that is left, and any word inside the attributes people read
(placeholder, title, aria-label, alt). Names that are the same in every language (SIZI, WBK,
file formats …) are allowed below. It also checks that every `#t("key")` exists in every
language. In the server's Swift code, a page's `title:` and a `Choice`'s `label:` must come
from `req.t(…)`, not from a string literal with words in it.

Run: python3 scripts/check-ui-text.py [Sources/ZIServer/Resources]; exits 1 on a finding.
"""
import glob
import json
import os
import re
import sys

# Words that are not translated: the product, predicates, regulations' acronyms, file formats.
UNTRANSLATED = {
    "SIZI", "WBK", "WBBM", "LKE", "WBS", "SKM", "IKM", "IPAK", "IPKP", "NIP", "PDF", "DOCX", "XLSX", "CSV", "ZIP",
    "ID", "EN", "TPI", "TPN", "UPG", "KPK", "LHKPN", "LHKASN", "SPIP", "ZI", "SP4N", "LAPOR", "TOTP", "QR", "WIB",
    "NRR", "PIC", "SK", "UPT", "RB", "SHA", "II", "III", "IV", "VI",
    # The predicates' official names, used as proper nouns in both languages.
    "Menuju",
}
# A path (`/publik/…/pengaduan`) or an LKE question id (`A.I.1.i.a`) shown as an example is not prose.
NOT_PROSE = re.compile(r"\S*/\S*|\b[A-Z](?:\.[A-Za-z0-9]+)+\b")
PARENS = r"\((?:[^()\"]|\"(?:\\.|[^\"\\])*\"|\((?:[^()]|\([^()]*\))*\))*\)"
TRANSLATE = re.compile(r"#t" + PARENS)
EXPRESSION = re.compile(r"#" + PARENS)
DIRECTIVE = re.compile(r"#\w+(?:" + PARENS + r")?:?")
READ_ATTRIBUTES = re.compile(r"\b(placeholder|title|aria-label|alt)=\"([^\"]*)\"")
BLOCKS = re.compile(r"<(script|style)\b.*?</\1>", re.S)
TAG = re.compile(r"<[^>]*>", re.S)
ENTITY = re.compile(r"&#?\w+;")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+")
KEY = re.compile(r"#t\(\"([A-Za-z0-9_.]+)\"")
SWIFT_UI_LITERAL = re.compile(r"\b(title|label): \"((?:\\.|[^\"\\])*)\"")
INTERPOLATION = re.compile(r"\\\((?:[^()]|\([^()]*\))*\)")


def words(text):
    return [w for w in WORD.findall(NOT_PROSE.sub(" ", text)) if w.strip("-'’") not in UNTRANSLATED]


def strip_leaf(text):
    text = TRANSLATE.sub(" ", text)
    text = EXPRESSION.sub(" ", text)
    return DIRECTIVE.sub(" ", text)


def main(resources):
    problems = []
    tables = {}
    for locale in ("id", "en"):
        table = {}
        for path in sorted(glob.glob(os.path.join(resources, "Locales", locale, "*.json"))):
            table.update(json.load(open(path, encoding="utf-8")))
        tables[locale] = table
    for path in sorted(glob.glob(os.path.join(resources, "Views", "**", "*.leaf"), recursive=True)):
        relative = os.path.relpath(path, resources)
        source = open(path, encoding="utf-8").read()
        for key in KEY.findall(source):
            for locale, table in tables.items():
                if key not in table:
                    problems.append(f"{relative}: #t(\"{key}\") is missing in Locales/{locale}")
        for number, line in enumerate(BLOCKS.sub(lambda m: "\n" * m.group(0).count("\n"), source).split("\n"), 1):
            stripped = strip_leaf(line)
            for attribute, value in READ_ATTRIBUTES.findall(stripped):
                if words(value):
                    problems.append(f"{relative}:{number}: {attribute}=\"{value.strip()}\" is not translated")
            text = ENTITY.sub(" ", TAG.sub(" ", stripped))
            left = words(text)
            if left:
                problems.append(f"{relative}:{number}: hard-coded text: {' '.join(left)[:80]}")
    for path in sorted(glob.glob(os.path.join(resources, "..", "**", "*.swift"), recursive=True)):
        relative = os.path.relpath(path, os.path.join(resources, ".."))
        if relative.startswith("CLI" + os.sep):
            continue
        for number, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
            if line.strip().startswith("//"):
                continue
            for name, literal in SWIFT_UI_LITERAL.findall(INTERPOLATION.sub(" ", line)):
                if ("render(" in line or "Choice(" in line) and words(literal):
                    problems.append(f"{relative}:{number}: {name}: \"{literal}\" is not translated (use req.t)")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} template text problem(s): put the text in Locales/<lang>/*.json and use #t(\"key\")")
        return 1
    print("templates ok: every visible word comes from the locale files")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(__file__), "..", "Sources", "ZIServer", "Resources")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))

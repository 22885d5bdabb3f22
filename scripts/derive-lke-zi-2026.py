#!/usr/bin/env python3
"""Derives Sources/ZICore/Resources/frameworks/lke-zi-2026.json from SIZI's PermenPANRB 90/2021
worksheet and KemenPANRB's LKE ZI 2026 master (PortalRB, 127 rows).

The 2026 master is the 90/2021 worksheet row for row, so the tree, ids, weights, formulas and
predicates stay SIZI's; from the master come each row's soal_id and Excel row, the question
texts, the Jumlah labels, the option explanations and the option values (skema_penilaian).
The script refuses to write when a row's answer type differs or the values are not one scale
per answer type. LKEZI2026MasterTests checks the written file against the master again.

    python3 scripts/derive-lke-zi-2026.py ../shared/reference/portalrb/response_master_soal_lkezi_2026.json
"""
import copy
import json
import sys
from pathlib import Path

FRAMEWORKS = Path(__file__).resolve().parent.parent / "Sources/ZICore/Resources/frameworks"
TYPES = {"YA_TIDAK": "Ya/Tidak", "ABC": "A/B/C", "ABCD": "A/B/C/D", "ABCDE": "A/B/C/D/E",
         "Jumlah": "%", "jumlah": "%", "0-4": "Nilai (0-4)"}


def master_rows(master):
    def walk(node):
        yield from node.get("soals", [])
        for child in node.get("children", []):
            yield from walk(child)
    return [row for node in master["data"] for row in walk(node)]


def questions(node):
    if node.get("level") == "pertanyaan":
        yield node
        return
    for child in node.get("children", []):
        yield from questions(child)


def main(master_path):
    master = json.load(open(master_path))
    base = json.load(open(FRAMEWORKS / "permenpanrb-90-2021.json"))
    framework = copy.deepcopy(base)
    rows = iter(master_rows(master))
    scale = {}
    for question in (q for child in framework["children"] for q in questions(child)):
        targets = question["inputs"] if question["answerType"] == "%" else [question]
        for target in targets:
            row = next(rows)
            kind = TYPES[row["jenis_jawaban"]]
            if kind != question["answerType"]:
                sys.exit(f"{question['id']}: master row {row['id']} is {kind}, SIZI has {question['answerType']}")
            target["soalID"] = row["id"]
            target["excelRow"] = row["excel_baris"]
            text = row["teks_pertanyaan"].strip()
            if target is question:
                question["text"] = text
            else:
                target["label"] = text
            values = [str(option["multiplier"]) for option in row.get("skema_penilaian", [])]
            if values:
                if scale.setdefault(kind, values) != values:
                    sys.exit(f"{question['id']}: values {values} differ from {scale[kind]} for {kind}")
                if kind != "Ya/Tidak":
                    for option, stated in zip(question["options"], row["skema_penilaian"]):
                        option["text"] = stated["label"].strip()
                        option.pop("source", None)
    if next(rows, None) is not None:
        sys.exit("the master has more rows than the worksheet")
    framework.update({
        "id": "lke-zi-2026",
        "version": "1.0.0",
        "title": "Lembar Kerja Evaluasi Zona Integritas Menuju WBK/WBBM Tahun 2026",
        "fromYear": master["tahun"],
        "optionValues": {kind: [v if "." in v else str(int(float(v))) for v in values] for kind, values in scale.items()},
    })
    framework["regulation"] = dict(base["regulation"], shortName=f"LKE ZI {master['tahun']}", worksheet=(
        f"Master soal LKE ZI {master['tahun']} (PortalRB, {master['total_soal']} baris, "
        f"dibuat {master['generated_at'][:10]}); struktur dan bobot Lampiran III"))
    order = ["id", "version", "title", "fromYear", "regulation", "maxScore", "areaSplit", "optionValues",
             "areas", "children", "predicates"]
    framework = {key: framework[key] for key in order}
    with open(FRAMEWORKS / "lke-zi-2026.json", "w") as out:
        json.dump(framework, out, ensure_ascii=False, indent=2)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/portalrb/response_master_soal_lkezi_2026.json")

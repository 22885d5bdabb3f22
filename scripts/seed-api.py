#!/usr/bin/env python3
"""Seeds a running SIZI server through its JSON API, so that API tests (scripts/schemathesis.sh)
reach real records: an agency, two units (the second under the first) with this year's programme,
an account per role, two assessments (one answered in draft, one submitted), two work plans with
areas, indicators, actions, targets, a team, a monev meeting and a finding, evidence (a PDF) linked
to a question and to an action, a complaint moved along with a reply, a holiday, survey services
and follow-ups, a published PDF, employees with every integrity register, a gratification report
and a campaign, conflict-of-interest records, and a risk with a control action and its monitoring.

Two things only the public web forms can make are made there, as a member of the public would (with
the form's CSRF cookie): a complaint with an attachment, and three answers to the satisfaction
survey.

Records that a test may use up (deleted, submitted, approved, concluded, re-opened) have spares of
their own, listed under `spare` by the operationId of the OpenAPI document that uses them up.

Only the standard library is used. Every call must succeed (a refusal stops the script with its
answer). Prints, as JSON on standard output, the ids created by path-parameter name (for example
`{"unitID": [...], "planID": [...], ...}`), the `spare` records (`{"deleteRisk": {"riskID": ...}}`),
and the `users` made (username, password, role, id).

Usage: scripts/seed-api.py [--base http://127.0.0.1:8080] [--username admin] [--password ...]
The admin password may also come from SIZI_ADMIN_PASSWORD.
"""
import argparse
import datetime
import http.cookiejar
import json
import os
import sys
import uuid
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "SeedPassw0rd-2026"


class API:
    def __init__(self, base):
        self.base = base.rstrip("/") + "/api/v1"
        self.token = None

    def call(self, method, path, body=None, *, raw=None, content_type=None, expect=(200, 201, 204), query=None):
        url = self.base + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        headers = {"Accept": "application/json"}
        data = None
        if raw is not None:
            data = raw
            headers["Content-Type"] = content_type or "application/octet-stream"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        if status not in expect:
            sys.exit(f"seed: {method} {path} answered {status}: {text[:500]!r}")
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def login(self, username, password):
        self.token = None
        self.token = self.call("POST", "/login", {"username": username, "password": password})["token"]
        return self


class PublicForms:
    """The public web forms (no account): a CSRF cookie from the form page, then the form's fields."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.token = None

    def open_form(self, path):
        with self.opener.open(self.base + path, timeout=60) as response:
            response.read()
        jar = self.opener.handlers[[isinstance(h, urllib.request.HTTPCookieProcessor) for h in self.opener.handlers].index(True)].cookiejar
        self.token = next(cookie.value for cookie in jar if cookie.name == "sizi_csrf")

    def post(self, path, fields, files=()):
        fields = {"_csrf": self.token, **fields}
        if files:
            boundary = uuid.uuid4().hex
            body = bytearray()
            for name, value in fields.items():
                body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            for name, filename, media_type, data in files:
                body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         f"Content-Type: {media_type}\r\n\r\n").encode() + data + b"\r\n"
            body += f"--{boundary}--\r\n".encode()
            content_type = f"multipart/form-data; boundary={boundary}"
        else:
            body = urllib.parse.urlencode(fields).encode()
            content_type = "application/x-www-form-urlencoded"
        request = urllib.request.Request(self.base + path, data=bytes(body), method="POST",
                                         headers={"Content-Type": content_type})
        try:
            with self.opener.open(request, timeout=60) as response:
                status = response.status
                response.read()
        except urllib.error.HTTPError as error:
            status = error.code
            if status >= 400:
                sys.exit(f"seed: public form POST {path} answered {status}: {error.read()[:300]!r}")
        return status


def minimal_pdf(title):
    """A small, well-formed one-page PDF."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << >> >>",
    ]
    stream = f"BT /F1 12 Tf 10 50 Td ({title}) Tj ET".encode()
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default=os.environ.get("SIZI_ADMIN_PASSWORD"))
    args = parser.parse_args()
    if not args.password:
        sys.exit("seed: give --password or SIZI_ADMIN_PASSWORD")

    api = API(args.base).login(args.username, args.password)
    ids = {}
    spare = {}

    def keep(name, value):
        ids.setdefault(name, [])
        if value not in ids[name]:
            ids[name].append(value)
        return value

    today = datetime.date.today()
    year = today.year
    quarter = (today.month - 1) // 3 + 1
    stamp = today.strftime("%Y%m%d")

    # Organization -------------------------------------------------------------------------------
    instansi = api.call("POST", "/instansi", {"name": "Kementerian Contoh", "code": "KC-" + stamp})
    instansi_id = keep("instansiID", instansi["id"])
    unit_a = api.call("POST", "/units", {"instansiID": instansi_id, "name": "Biro Umum", "code": "BU",
                                         "address": "Jl. Merdeka 1", "headName": "Budi Santoso",
                                         "headNIP": "198001012005011001"})
    unit_b = api.call("POST", "/units", {"parentID": unit_a["id"], "name": "Bagian Layanan", "code": "BL"})
    unit_ids = [keep("unitID", unit_a["id"]), keep("unitID", unit_b["id"])]
    for unit_id in unit_ids:
        api.call("PUT", f"/units/{unit_id}/programmes/{year}",
                 {"target": "WBK", "status": "pembangunan", "pencananganDate": f"{year}-01-15"})
    keep("year", year)

    # Accounts, one per role ----------------------------------------------------------------------
    roles = [("superadmin2", "super_admin", {}),
             ("admininstansi", "admin_instansi", {"instansiID": instansi_id}),
             ("evaluator", "evaluator_tpi", {"instansiID": instansi_id}),
             ("pimpinan", "pimpinan", {"unitID": unit_ids[0]}),
             ("koordinator", "koordinator_area", {"unitID": unit_ids[0], "area": 1}),
             ("anggota", "anggota_tim", {"unitID": unit_ids[0]}),
             ("agen", "agen_perubahan", {"unitID": unit_ids[0]}),
             ("pegawai", "pegawai", {"unitID": unit_ids[0]}),
             ("pengelolawbs", "pengelola_wbs", {"unitID": unit_ids[0]})]
    users = []
    user_by_role = {}
    for username, role, scope in roles:
        home = {} if role == "super_admin" else {"instansiID": instansi_id}
        user = api.call("POST", "/users", {"username": f"seed.{username}", "displayName": f"Seed {role}",
                                           "email": f"{username}@example.org", "password": PASSWORD, **home})
        keep("userID", user["id"])
        grant = api.call("POST", f"/users/{user['id']}/roles", {"role": role, **scope})
        keep("roleID", grant["id"])
        user_by_role[role] = user["id"]
        users.append({"username": f"seed.{username}", "password": PASSWORD, "role": role, "id": user["id"]})
    # The unit members may be named responsible for actions and follow-ups.
    member = user_by_role["anggota_tim"]

    # Assessments ----------------------------------------------------------------------------------
    draft = api.call("POST", f"/units/{unit_ids[0]}/assessments", {"year": year, "holdsWBK": False})
    keep("assessmentID", draft["id"])
    answers = {}
    for question in draft["official"]["unanswered"][:12]:
        for option in ("A", "Ya", 50):
            status_ok = api.call("PUT", f"/assessments/{draft['id']}/answers", {"answers": {question: option}},
                                 expect=(200, 422))
            if isinstance(status_ok, dict) and "error" not in status_ok:
                answers[question] = option
                break
    question = next(iter(answers))
    keep("questionID", question)
    api.call("PUT", f"/assessments/{draft['id']}/answers",
             {"notes": {question: "Catatan unit"}, "evidence": {question: "SK Tim ZI"}})
    submitted = api.call("POST", f"/units/{unit_ids[1]}/assessments", {"year": year})
    keep("assessmentID", submitted["id"])
    api.call("PUT", f"/assessments/{submitted['id']}/answers", {"answers": {question: answers[question]}})
    api.call("POST", f"/assessments/{submitted['id']}/submit")
    api.call("PUT", f"/assessments/{submitted['id']}/reviews",
             {"answers": {question: answers[question]}, "notes": {question: "Catatan TPI"}})
    api.call("PUT", f"/units/{unit_ids[0]}/prerequisites/{year}", {"values": {}, "notes": {}})
    # Spares: a draft to submit, a submitted one to conclude, a concluded one to re-open.
    to_submit = api.call("POST", f"/units/{unit_ids[0]}/assessments", {"year": year - 1})
    spare["submitAssessment"] = {"assessmentID": to_submit["id"]}
    to_conclude = api.call("POST", f"/units/{unit_ids[1]}/assessments", {"year": year - 1})
    api.call("POST", f"/assessments/{to_conclude['id']}/submit")
    spare["concludeAssessment"] = {"assessmentID": to_conclude["id"]}
    to_reopen = api.call("POST", f"/units/{unit_ids[1]}/assessments", {"year": year - 2})
    api.call("POST", f"/assessments/{to_reopen['id']}/submit")
    api.call("POST", f"/assessments/{to_reopen['id']}/conclude", {"recommendation": "perlu_perbaikan", "note": "Perbaiki."})
    spare["reopenAssessment"] = {"assessmentID": to_reopen["id"]}
    for assessment in (to_submit, to_conclude, to_reopen):
        keep("assessmentID", assessment["id"])

    # Work plans ------------------------------------------------------------------------------------
    plan = api.call("POST", f"/units/{unit_ids[0]}/plans", {"year": year, "origin": "lke", "cadence": "triwulan"})
    plan_id = keep("planID", plan["plan"]["id"])
    if not plan["areas"]:
        api.call("POST", f"/plans/{plan_id}/areas", {"name": "Manajemen Perubahan"})
        plan = api.call("GET", f"/plans/{plan_id}")
    area = plan["areas"][0]
    keep("areaID", area["id"])
    if not area["indicators"]:
        plan = api.call("POST", f"/plans/{plan_id}/areas/{area['id']}/indicators", {"text": "Tim ZI dibentuk"})
        area = plan["areas"][0]
    indicator = area["indicators"][0]
    keep("indicatorID", indicator["id"])
    plan = api.call("POST", f"/plans/{plan_id}/indicators/{indicator['id']}/actions", {
        "langkahAksi": "Menyusun SK Tim ZI", "buktiFisik": ["SK Tim ZI", "Notulen rapat"],
        "targetWaktu": f"Triwulan {['I', 'II', 'III', 'IV'][quarter - 1]} {year}",
        "picUserID": member, "realisasi": "25"})
    actions = [a for ar in plan["areas"] for ind in ar["indicators"] for a in ind["actions"]]
    action_id = keep("actionID", actions[-1]["id"])
    for extra in actions[:3]:
        keep("actionID", extra["id"])
    api.call("PUT", f"/plans/{plan_id}/targets", {"targets": ["Indeks integritas naik", "Waktu layanan turun"]})
    api.call("PUT", f"/plans/{plan_id}/teams", {"team": "tim_kerja", "list": [
        {"name": "Budi Santoso", "nip": "198001012005011001", "role": "Ketua"},
        {"name": "Siti Aminah", "role": "Anggota"}]})
    api.call("PATCH", f"/plans/{plan_id}", {"signPlace": "Jakarta", "signDate": f"{year}-01-10",
                                           "latarBelakang": "Latar belakang.", "dasarHukum": "UU 1\nPerpres 2"})
    period_key = f"{year}-Q{quarter}"
    keep("periodKey", period_key)
    keep("periodKey", f"{year}-Q1")
    detail = api.call("POST", f"/plans/{plan_id}/monev/{period_key}/meetings", {
        "date": today.isoformat(), "attendees": ["Budi Santoso", "Siti Aminah"], "pimpinanPresent": "true",
        "notulen": "Rapat monev."})
    meeting_id = keep("meetingID", detail["meetings"][0]["id"])
    detail = api.call("POST", f"/plans/{plan_id}/meetings/{meeting_id}/findings", {
        "text": "SK belum ditandatangani", "followUp": "Ajukan ke pimpinan", "ownerID": member,
        "dueDate": (today + datetime.timedelta(days=14)).isoformat()})
    keep("findingID", detail["findings"][0]["id"])
    due = [a["actionID"] for a in detail["actions"]]
    if due:
        api.call("PUT", f"/plans/{plan_id}/monev/{period_key}/realisations",
                 {"entries": [{"actionID": due[0], "percent": "50", "report": "Draf SK disusun."}]})
    plan_b = api.call("POST", f"/units/{unit_ids[1]}/plans", {"year": year, "cadence": "semester"})
    plan_b_id = keep("planID", plan_b["plan"]["id"])
    keep("periodKey", f"{year}-S1")
    plan_b = api.call("POST", f"/plans/{plan_b_id}/areas", {"name": "Inovasi Layanan"})
    area_b = plan_b["areas"][-1]
    keep("areaID", area_b["id"])
    plan_b = api.call("POST", f"/plans/{plan_b_id}/areas/{area_b['id']}/indicators",
                      {"text": "Inovasi diluncurkan", "lkeQuestionID": question})
    indicator_b = keep("indicatorID", plan_b["areas"][-1]["indicators"][0]["id"])
    api.call("POST", f"/plans/{plan_b_id}/indicators/{indicator_b}/actions",
             {"langkahAksi": "Meluncurkan layanan daring", "targetWaktu": f"Semester I {year}"})
    # The second plan is the one approved and re-opened; the first stays a draft for editing.
    spare["approvePlan"] = {"planID": plan_b_id}
    spare["reopenPlan"] = {"planID": plan_b_id}
    # An indicator and an action of the first plan to delete.
    plan = api.call("POST", f"/plans/{plan_id}/areas/{area['id']}/indicators", {"text": "Indikator untuk dihapus"})
    doomed_indicator = [ind for ar in plan["areas"] for ind in ar["indicators"] if ind["text"] == "Indikator untuk dihapus"][0]
    spare["deletePlanIndicator"] = {"planID": plan_id, "indicatorID": doomed_indicator["id"]}
    plan = api.call("POST", f"/plans/{plan_id}/indicators/{indicator['id']}/actions", {"langkahAksi": "Aksi untuk dihapus"})
    doomed_action = [a for ar in plan["areas"] for ind in ar["indicators"] for a in ind["actions"]
                     if a["langkahAksi"] == "Aksi untuk dihapus"][0]
    spare["deletePlanAction"] = {"planID": plan_id, "actionID": doomed_action["id"]}

    # Evidence ------------------------------------------------------------------------------------
    evidence = api.call("POST", f"/units/{unit_ids[0]}/evidence", raw=minimal_pdf("SK Tim ZI"),
                        content_type="application/pdf",
                        query={"fileName": "sk-tim-zi.pdf", "title": "SK Tim ZI", "kind": "sk",
                               "documentNumber": "SK-01/2026", "documentDate": f"{year}-01-05", "tags": "sk,tim"})
    evidence_id = keep("evidenceID", evidence["evidence"]["id"])
    api.call("POST", f"/evidence/{evidence_id}/versions", raw=minimal_pdf("SK Tim ZI v2"),
             content_type="application/pdf", query={"fileName": "sk-tim-zi-v2.pdf"})
    linked = api.call("POST", f"/evidence/{evidence_id}/links", {"assessmentID": draft["id"], "questionID": question})
    linked = api.call("POST", f"/evidence/{evidence_id}/links", {"actionID": action_id})
    for link in linked["links"]:
        keep("linkID", link["id"])
    api.call("POST", f"/evidence/{evidence_id}/links/{linked['links'][0]['id']}/review",
             {"status": "needs_revision", "note": "Lampirkan tanda tangan."})
    spare_evidence = api.call("POST", f"/units/{unit_ids[0]}/evidence", raw=minimal_pdf("Notulen"),
                     content_type="application/pdf", query={"fileName": "notulen.pdf", "title": "Notulen", "kind": "notulen"})
    keep("evidenceID", spare_evidence["evidence"]["id"])
    spare["deleteEvidence"] = {"evidenceID": spare_evidence["evidence"]["id"]}
    third = api.call("POST", f"/units/{unit_ids[0]}/evidence", raw=minimal_pdf("Daftar hadir"),
                     content_type="application/pdf",
                     query={"fileName": "daftar-hadir.pdf", "title": "Daftar hadir", "kind": "daftar_hadir"})
    third = api.call("POST", f"/evidence/{third['evidence']['id']}/links", {"actionID": action_id})
    spare["unlinkEvidence"] = {"evidenceID": third["evidence"]["id"], "linkID": third["links"][0]["id"]}

    # Complaints ------------------------------------------------------------------------------------
    filed = api.call("POST", f"/units/{unit_ids[0]}/complaints", {
        "channel": "email", "subject": "Antrean lama", "description": "Menunggu dua jam.",
        "service": "Layanan Surat", "reporterName": "Warga", "reporterContact": "warga@example.org"})
    complaint_id = keep("complaintID", filed["complaint"]["id"])
    api.call("POST", f"/complaints/{complaint_id}/move", {"status": "diverifikasi"})
    api.call("POST", f"/complaints/{complaint_id}/replies", {"text": "Sedang kami periksa.", "isPublic": True})
    public = PublicForms(args.base)
    public.open_form(f"/publik/{unit_ids[0]}/pengaduan")
    public.post(f"/publik/{unit_ids[0]}/pengaduan", {
        "kind": "pengaduan", "subject": "Pungutan liar", "description": "Diminta biaya tambahan.",
        "reporterName": "Warga Lain", "reporterContact": "0812000000"},
        files=[("attachments", "bukti.pdf", "application/pdf", minimal_pdf("Bukti"))])
    found = api.call("GET", f"/units/{unit_ids[0]}/complaints", query={"q": "Pungutan liar"})["items"][0]
    keep("complaintID", found["id"])
    for attachment in api.call("GET", f"/complaints/{found['id']}")["attachments"]:
        keep("attachmentID", attachment["id"])
    spare["downloadComplaintAttachment"] = {"complaintID": found["id"], "attachmentID": ids["attachmentID"][0]}
    second = api.call("POST", f"/units/{unit_ids[0]}/complaints", {
        "channel": "telepon", "kind": "aspirasi", "subject": "Saran", "description": "Tambah kursi."})
    keep("complaintID", second["complaint"]["id"])
    api.call("PUT", f"/units/{unit_ids[0]}/complaints/settings",
             {"verifyDays": "3", "followUpDays": "14", "investigationDays": "60", "reporterSilenceDays": "10", "requireContact": "false"})
    holiday = f"{year}-12-25"
    api.call("PUT", f"/holidays/{holiday}", {"name": "Hari Raya Natal"})
    keep("date", holiday)

    # Survey -------------------------------------------------------------------------------------------
    service = api.call("POST", f"/units/{unit_ids[0]}/survey/services", {"name": "Layanan Surat", "population": "1200"})
    service_id = keep("serviceID", service["id"])
    public.open_form(f"/publik/{unit_ids[0]}/survei/{service_id}")
    for scores in ([4, 3, 3, 4, 3, 2, 4, 3, 3], [3, 3, 2, 3, 3, 3, 4, 4, 3], [4, 4, 4, 4, 3, 3, 4, 4, 4]):
        public.post(f"/publik/{unit_ids[0]}/survei/{service_id}", {f"u{k + 1}": str(v) for k, v in enumerate(scores)})
    follow_up = api.call("POST", f"/units/{unit_ids[0]}/survey/follow-ups", {
        "period": f"Triwulan I {year}", "element": "u3", "action": "Percepat layanan", "owner": "Kasubbag",
        "dueOn": f"{year}-06-30"})
    keep("followUpID", follow_up["id"])
    api.call("PUT", f"/units/{unit_ids[0]}/public-profile", {"maklumat": "Kami siap melayani.", "standar": "Standar."})
    api.call("PUT", f"/units/{unit_ids[0]}/public-documents/maklumat", raw=minimal_pdf("Maklumat"),
             content_type="application/pdf", query={"fileName": "maklumat.pdf"})
    keep("kind", "maklumat")
    keep("kind", "standar")

    # Employees and registers -------------------------------------------------------------------------------
    employee = api.call("POST", f"/units/{unit_ids[0]}/employees", {
        "nip": "198001012005011001", "name": "Budi Santoso", "position": "Kepala Biro", "echelon": "II.a",
        "grade": "IV/c", "lhkpnObliged": True, "userID": user_by_role["pegawai"]})
    keep("employeeID", employee["id"])
    employee_2 = api.call("POST", f"/units/{unit_ids[0]}/employees", {
        "nip": "199002022015032002", "name": "Siti Aminah", "position": "Analis", "lhkpnObliged": "false"})
    keep("employeeID", employee_2["id"])
    registers = f"/units/{unit_ids[0]}/registers"
    api.call("POST", registers + "/pacts", {"employeeID": employee["id"], "date": f"{year}-01-02"}, query={"year": year})
    api.call("POST", registers + "/asset-obligations", {}, query={"year": year})
    api.call("POST", registers + "/discipline", {"employeeID": employee_2["id"], "date": f"{year}-02-03",
                                                 "description": "Terlambat", "sanction": "Teguran lisan"},
             query={"year": year})
    api.call("POST", registers + "/agents", {"employeeID": employee_2["id"], "decreeNumber": "SK-AP/1",
                                             "date": f"{year}-01-20", "workPlan": "Rencana"}, query={"year": year})
    summary = api.call("GET", registers, query={"year": year})
    agent_id = summary["agents"][0]["id"]
    api.call("POST", registers + "/changes", {"agentID": agent_id, "title": "Antrean daring", "date": f"{year}-03-01",
                                              "integrated": "true"}, query={"year": year})
    api.call("POST", registers + "/simplifications", {"serviceID": service_id, "kind": "waktu",
                                                      "description": "Dari 3 hari jadi 1"}, query={"year": year})
    api.call("POST", registers + "/innovations", {"title": "Surat daring", "description": "Layanan surat daring",
                                                  "date": f"{year}-04-01"}, query={"year": year})
    summary = api.call("GET", registers, query={"year": year})
    for report in summary["reports"]:
        keep("reportID", report["id"])
    api.call("PATCH", f"/asset-reports/{summary['reports'][0]['id']}",
             {"group": "lhkpn-kepala", "date": f"{year}-03-15"})

    # Gratification -----------------------------------------------------------------------------------------
    gift = api.call("POST", f"/units/{unit_ids[0]}/gratification", {
        "kind": "diterima", "receivedOn": today.isoformat(), "giver": "PT Contoh", "relation": "pihakBerkepentingan",
        "occasion": "Hari raya", "form": "barang", "description": "Parsel", "value": "750000",
        "whereabouts": "Disimpan di UPG"})
    gift_id = keep("reportID", gift["id"])
    api.call("POST", f"/gratification/{gift_id}/move", {"status": "ditelaah", "note": "Ditelaah UPG"})
    api.call("POST", f"/units/{unit_ids[0]}/gratification/campaigns", {
        "date": today.isoformat(), "title": "Sosialisasi gratifikasi", "participants": "40"})

    # Conflicts of interest -----------------------------------------------------------------------------------
    conflicts = f"/units/{unit_ids[0]}/conflicts"
    api.call("POST", conflicts + "/matrix", {"function": "Pengadaan", "potential": "Vendor keluarga", "type": "keluarga",
                                             "control": "Deklarasi", "owner": "PPK"}, query={"year": year})
    api.call("POST", conflicts + "/declarations", {"employeeID": employee["id"], "date": f"{year}-01-05",
                                                   "hasConflict": "false"}, query={"year": year})
    api.call("POST", conflicts + "/cases", {"date": f"{year}-02-01", "description": "Rangkap jabatan",
                                            "handling": "Dikaji"}, query={"year": year})
    api.call("POST", conflicts + "/monitoring", {"period": f"{year}-S1", "findings": "Tidak ada",
                                                 "followUp": "Lanjutkan"}, query={"year": year})
    for case in api.call("GET", conflicts, query={"year": year})["cases"]:
        keep("caseID", case["id"])

    # A unit without programme, roles or risks but with records (an employee, a complaint): the one
    # `DELETE /units/{unitID}` is tried on (it must refuse, as it refuses a unit with a programme).
    unit_c = api.call("POST", "/units", {"instansiID": instansi_id, "name": "Unit Tanpa Program", "code": "UTP"})
    keep("unitID", unit_c["id"])
    api.call("POST", f"/units/{unit_c['id']}/employees", {"nip": "199203032016041003", "name": "Rina Wati"})
    api.call("POST", f"/units/{unit_c['id']}/complaints", {"channel": "surat", "subject": "Surat", "description": "Isi surat."})
    spare["deleteUnit"] = {"unitID": unit_c["id"]}

    # Risks ------------------------------------------------------------------------------------------------------
    risk = api.call("POST", f"/units/{unit_ids[0]}/risks", {
        "year": year, "objective": "Layanan tepat waktu", "statement": "Antrean menumpuk", "cause": "Petugas kurang",
        "effect": "Keluhan", "likelihood": 4, "impact": "3", "existingControls": "Jadwal piket",
        "residualLikelihood": "2", "residualImpact": 2})
    risk_id = keep("riskID", risk["risk"]["id"])
    risk = api.call("POST", f"/risks/{risk_id}/actions", {"description": "Tambah loket", "ownerID": member,
                                                         "dueOn": f"{year}-09-30"})
    risk_action = keep("actionID", risk["actions"][0]["id"])
    api.call("PUT", f"/risks/{risk_id}/monitoring/1", {"note": "Berjalan", "residualLikelihood": 2, "residualImpact": 2,
                                                       "statuses": {risk_action: "dalamProses"}})
    keep("quarter", 1)
    keep("quarter", quarter)
    spare["removeRiskAction"] = {"riskID": risk_id, "actionID": risk_action}
    doomed_risk = api.call("POST", f"/units/{unit_ids[0]}/risks", {
        "year": year, "objective": "Arsip aman", "statement": "Arsip hilang", "cause": "Lemari rusak",
        "effect": "Data hilang", "likelihood": 2, "impact": 4})
    spare["deleteRisk"] = {"riskID": doomed_risk["risk"]["id"]}
    keep("riskID", doomed_risk["risk"]["id"])

    print(json.dumps({"ids": ids, "spare": spare, "users": users}, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()

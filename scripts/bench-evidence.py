"""Evidence benchmark (issue #5) against a release `sizi serve` on a fresh SQLite directory:

1. upload throughput of one 50 MB file over loopback, and how much the server's peak memory
   (VmHWM) grows while it streams in — it must stay far below the file size;
2. the time to build and download the TPN ZIP of an assessment with 500 linked files of
   about 2 MB each (about 1 GB), and the peak memory growth meanwhile.

Usage: python3 scripts/bench-evidence.py PATH/TO/sizi [--files 500] [--file-mb 2] [--big-mb 50]
"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

PORT = 18282
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "BenchEvidence2026"


def call(method, path, token=None, body=None, data=None):
    headers = {"Content-Type": "application/json"} if body is not None else {"Content-Type": "application/octet-stream"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    payload = json.dumps(body).encode() if body is not None else data
    request = urllib.request.Request(BASE + path, data=payload, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=600) as response:
        raw = response.read()
        return json.loads(raw) if raw and response.headers.get("Content-Type", "").startswith("application/json") else raw


def peak_kb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def curl(args, output="/dev/null"):
    """Runs curl; the total time in seconds."""
    out = subprocess.run(["curl", "-sS", "-f", "-o", output, "-w", "%{time_total}"] + args, check=True,
                         capture_output=True, text=True).stdout
    return float(out)


def pdf_file(path, megabytes, seed):
    with open(path, "wb") as f:
        f.write(b"%PDF-1.4\n% " + str(seed).encode() + b"\n")
        f.write(os.urandom(megabytes * 1024 * 1024))
        f.write(b"\n%%EOF\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--file-mb", type=int, default=2)
    parser.add_argument("--big-mb", type=int, default=50)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="sizi-bench-evidence-")
    env = dict(os.environ, SIZI_DATA_DIR=data, SIZI_ADMIN_PASSWORD=PASSWORD, SIZI_BCRYPT_COST="10", SIZI_REQUIRE_ADMIN_2FA="false",
               SIZI_EVIDENCE_MAX_MB=str(args.big_mb + 10), LOG_LEVEL="warning")
    server = subprocess.Popen([args.binary, "serve", "--port", str(PORT)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(BASE + "/readyz", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        token = call("POST", "/api/v1/login", body={"username": "admin", "password": PASSWORD})["token"]
        instansi = call("POST", "/api/v1/instansi", token, {"name": "Kementerian Uji", "code": "KU"})
        unit = call("POST", "/api/v1/units", token, {"instansiID": instansi["id"], "name": "Balai Uji", "code": "BU"})
        assessment = call("POST", f"/api/v1/units/{unit['id']}/assessments", token, {"year": 2026})
        template = json.loads(subprocess.run([args.binary, "lke", "template", "--json"], check=True, capture_output=True).stdout)
        questions = [q["id"] for q in template["questions"]]
        auth = ["-H", f"Authorization: Bearer {token}"]

        big = os.path.join(data, "besar.pdf")
        pdf_file(big, args.big_mb, 0)
        before = peak_kb(server.pid)
        seconds = curl(auth + ["-X", "POST", "-T", big, "-H", "Content-Type: application/pdf",
                               f"{BASE}/api/v1/units/{unit['id']}/evidence?fileName=besar.pdf&title=Besar&kind=laporan"])
        after = peak_kb(server.pid)
        print(f"upload: {args.big_mb} MB in {seconds:.2f} s = {args.big_mb / seconds:.0f} MB/s over loopback; "
              f"server peak memory {before / 1024:.0f} → {after / 1024:.0f} MB (+{(after - before) / 1024:.1f} MB)")
        os.remove(big)

        started = time.time()
        source = os.path.join(data, "berkas.pdf")
        for index in range(args.files):
            pdf_file(source, args.file_mb, index + 1)
            evidence = subprocess.run(["curl", "-sS", "-f"] + auth + ["-X", "POST", "-T", source, "-H", "Content-Type: application/pdf",
                                      f"{BASE}/api/v1/units/{unit['id']}/evidence?fileName=berkas-{index + 1}.pdf&title=Berkas%20{index + 1}"],
                                      check=True, capture_output=True).stdout
            evidence_id = json.loads(evidence)["evidence"]["id"]
            call("POST", f"/api/v1/evidence/{evidence_id}/links", token,
                 {"assessmentID": assessment["id"], "questionID": questions[index % len(questions)]})
        os.remove(source)
        seeded = time.time() - started
        before = peak_kb(server.pid)
        zip_path = os.path.join(data, "tpn.zip")
        seconds = curl(auth + [f"{BASE}/api/v1/assessments/{assessment['id']}/evidence.zip"], output=zip_path)
        after = peak_kb(server.pid)
        size = os.path.getsize(zip_path)
        print(f"TPN ZIP: {args.files} files ({args.files * args.file_mb} MB, uploaded and linked in {seeded:.0f} s) "
              f"built and downloaded in {seconds:.1f} s ({size / 1024 / 1024:.0f} MB); "
              f"server peak memory {before / 1024:.0f} → {after / 1024:.0f} MB (+{(after - before) / 1024:.1f} MB)")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()

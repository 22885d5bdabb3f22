"""Durability under kill -9: public complaints are filed by 8 concurrent clients against
`sizi serve` on a fresh SQLite directory; after a few seconds the server is killed with SIGKILL,
started again on the same directory, and the check is that every complaint the clients saw
accepted (201) is stored, and that `sizi audit verify` finds the hash chain intact.

Usage: python3 scripts/durability-kill9.py PATH/TO/sizi [seconds]
Prints "durability: 2 passed, 0 failed" or exits 1 naming what failed.
"""
import http.cookiejar
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

PORT = int(os.environ.get("SIZI_DURABILITY_PORT", "18484"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "Durability2026"


def start(binary, data):
    env = dict(os.environ, SIZI_DATA_DIR=data, SIZI_ADMIN_PASSWORD=PASSWORD, SIZI_BCRYPT_COST="10",
               SIZI_REQUIRE_ADMIN_2FA="false", SIZI_PUBLIC_SUBMISSIONS_PER_MINUTE="1000000", LOG_LEVEL="warning")
    process = subprocess.Popen([binary, "serve", "--port", str(PORT)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/readyz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def api(method, path, token=None, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def file_complaints(unit, stop, accepted, lock):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{BASE}/publik/{unit}/pengaduan", timeout=10).read()
    csrf = next(cookie.value for cookie in jar if cookie.name == "sizi_csrf")
    body = urllib.parse.urlencode({"_csrf": csrf, "kind": "pengaduan", "subject": "Uji ketahanan",
                                   "description": "Diminta membayar di luar tarif."}).encode()
    while not stop.is_set():
        try:
            with opener.open(f"{BASE}/publik/{unit}/pengaduan", data=body, timeout=10) as response:
                if response.status == 201:
                    with lock:
                        accepted[0] += 1
        except OSError:
            return  # the server is gone


def main():
    binary, seconds = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 5
    data = tempfile.mkdtemp(prefix="sizi-kill9-")
    server = start(binary, data)
    token = api("POST", "/api/v1/login", body={"username": "admin", "password": PASSWORD})["token"]
    instansi = api("POST", "/api/v1/instansi", token, {"name": "Kementerian Uji", "code": "KU"})["id"]
    unit = api("POST", "/api/v1/units", token, {"instansiID": instansi, "name": "Balai Uji", "code": "BU"})["id"]
    stop, lock, accepted = threading.Event(), threading.Lock(), [0]
    clients = [threading.Thread(target=file_complaints, args=(unit, stop, accepted, lock)) for _ in range(8)]
    for client in clients:
        client.start()
    time.sleep(seconds)
    server.send_signal(signal.SIGKILL)
    server.wait()
    stop.set()
    for client in clients:
        client.join()
    server = start(binary, data)
    token = api("POST", "/api/v1/login", body={"username": "admin", "password": PASSWORD})["token"]
    stored = api("GET", f"/api/v1/units/{unit}/complaints?per=1", token)["total"]
    server.terminate()
    server.wait()
    verify = subprocess.run([binary, "audit", "verify"], env=dict(os.environ, SIZI_DATA_DIR=data), capture_output=True, text=True)
    failures = []
    print(f"accepted (201 seen by the clients): {accepted[0]}, stored after kill -9 and restart: {stored}")
    if stored < accepted[0]:
        failures.append(f"{accepted[0] - stored} accepted complaints were lost")
    if verify.returncode != 0:
        failures.append("audit chain broken: " + verify.stdout.strip())
    print(verify.stdout.strip())
    print(f"durability: {2 - len(failures)} passed, {len(failures)} failed")
    if failures:
        raise SystemExit("; ".join(failures))


if __name__ == "__main__":
    main()

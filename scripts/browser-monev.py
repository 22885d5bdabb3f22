"""The monev cycle in a real browser (headless Chromium via Selenium), against `sizi serve`
on an empty SQLite directory: setup → plan from the LKE template → period → realisation →
meeting → finding → the follow-up listed first (overdue) next period and on the dashboard →
closed by its owner → gone from the overdue list; then an evidence upload through the page's
script (progress bar, XHR) → the evidence page with its hash. Screenshots go to
$SIZI_SCREENSHOTS if set.

Usage: python3 scripts/browser-monev.py PATH/TO/sizi
Prints "browser: N passed, 0 failed" or raises with what went wrong.
"""
import base64
import hashlib
import hmac
import os
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

PORT = int(os.environ.get("SIZI_BROWSER_PORT", "18181"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "BrowserAdmin2026"
checks = 0


def check(condition, message):
    global checks
    if not condition:
        raise AssertionError(message)
    checks += 1


def start_server(binary, data):
    env = dict(os.environ, SIZI_DATA_DIR=data, SIZI_ADMIN_PASSWORD=PASSWORD, SIZI_BCRYPT_COST="10")
    log = open(os.path.join(data, "serve.log"), "w")
    server = subprocess.Popen([binary, "serve", "--port", str(PORT)], env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/readyz", timeout=1)
            return server
        except Exception:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("sizi serve did not become ready")


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    directory = os.environ.get("SIZI_SCREENSHOTS")
    if directory:
        os.makedirs(directory, exist_ok=True)
        driver.save_screenshot(os.path.join(directory, f"{name}.png"))


def fill(driver, values):
    for name, value in values.items():
        field = driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)


def set_value(driver, field, value):
    """Sets a date field without depending on the browser's date-entry format."""
    driver.execute_script("arguments[0].value = arguments[1]", field, value)


def replaced(element):
    """A wait condition: `element` no longer belongs to the page shown. While a new page
    loads, Chrome may answer "node does not belong to the document" instead of "stale": both
    mean the old page is gone."""
    def check(_driver):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def follow(driver, text):
    """Clicks the link `text` and waits until the next page has loaded."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.LINK_TEXT, text).click()
    WebDriverWait(driver, 20).until(replaced(page))


def submit(form):
    """Submits `form` and waits until the next page has replaced it."""
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(form.parent, 20).until(replaced(form))


def totp(secret):
    """The current RFC 6238 code of a base32 secret (as an authenticator app computes it)."""
    key = base64.b32decode(secret.replace(" ", ""))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def enrol_second_factor(driver):
    """An administrator's first login leads to the authenticator set-up: QR code, code, backup codes."""
    check("/profile/2fa" in driver.current_url, "an administrator must set up a second factor first")
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/profile/2fa/start']"))
    check("<svg" in driver.page_source, "the set-up shows a QR code drawn by the server")
    fill(driver, {"code": totp(driver.find_element(By.CSS_SELECTOR, "section p code").text)})
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/profile/2fa/confirm']"))
    check(len(driver.find_elements(By.CSS_SELECTOR, "ul.codes li")) == 10, "ten backup codes are shown once")
    shot(driver, "second-factor")
    driver.get(BASE + "/")


def run(driver):
    driver.get(BASE + "/login")
    fill(driver, {"username": "admin", "password": PASSWORD})
    submit(driver.find_element(By.TAG_NAME, "form"))
    enrol_second_factor(driver)
    check("/setup" in driver.current_url, "a fresh installation opens the setup page")
    fill(driver, {"instansiName": "Kementerian Uji", "instansiCode": "KU", "unitName": "Balai Uji", "unitCode": "BU"})
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/setup']"))
    follow(driver, "Rencana Kerja")
    check("Belum ada rencana kerja." in driver.page_source, "empty state before the first plan")
    fill(driver, {"year": "2026"})
    Select(driver.find_element(By.NAME, "origin")).select_by_value("lke")
    submit(driver.find_element(By.CSS_SELECTOR, "form.card"))
    check("Rencana Kerja 2026" in driver.page_source and "I. Manajemen Perubahan" in driver.page_source,
          "the plan from the LKE template shows its areas")
    shot(driver, "1-plan")

    follow(driver, "Monitoring dan Evaluasi")
    follow(driver, "Triwulan I 2026")
    realisation = driver.find_element(By.CSS_SELECTOR, "form[action$='/realisations']")
    first = realisation.find_element(By.CSS_SELECTOR, "input[name^='pct:']")
    first.send_keys("100")
    realisation.find_element(By.CSS_SELECTOR, "textarea[name^='rep:']").send_keys("SK Tim Kerja ditandatangani")
    submit(realisation)
    check("Perubahan disimpan." in driver.page_source, "the realisation is saved")
    check("SK Tim Kerja ditandatangani" in driver.page_source, "the report is shown again")

    meeting = driver.find_element(By.CSS_SELECTOR, "form[action$='/meetings']")
    set_value(driver, meeting.find_element(By.NAME, "date"), "2026-03-30")
    meeting.find_element(By.NAME, "attendees").send_keys("Kepala Balai\nKetua Tim Kerja")
    meeting.find_element(By.NAME, "pimpinanPresent").click()
    meeting.find_element(By.NAME, "notulen").send_keys("Evaluasi triwulan I.")
    submit(meeting)
    check("Pimpinan hadir" in driver.page_source, "the meeting is recorded with the head present")
    finding = driver.find_element(By.CSS_SELECTOR, "form[action$='/findings']")
    finding.find_element(By.NAME, "text").send_keys("SOP pelayanan belum ditinjau")
    finding.find_element(By.NAME, "followUp").send_keys("Tinjau seluruh SOP pelayanan")
    set_value(driver, finding.find_element(By.NAME, "dueDate"), "2026-04-15")
    submit(finding)
    check("Tinjau seluruh SOP pelayanan" in driver.page_source, "the finding and its follow-up are listed")
    shot(driver, "2-period")

    next_period = driver.current_url.replace("2026-Q1", "2026-Q2").split("?")[0]
    driver.get(next_period)
    source = driver.page_source
    check(source.find("Tinjau seluruh SOP pelayanan") < source.find("Simpan realisasi"),
          "the next period lists the open follow-up before its own work")
    check("Terlambat" in source, "the follow-up is overdue")
    shot(driver, "3-next-period")

    driver.get(BASE + "/")
    check("Tinjau seluruh SOP pelayanan" in driver.page_source, "the dashboard lists the overdue follow-up")
    shot(driver, "4-dashboard")
    driver.get(next_period)
    update = driver.find_element(By.CSS_SELECTOR, "form[action*='/findings/']")
    Select(update.find_element(By.NAME, "status")).select_by_value("selesai")
    update.find_element(By.NAME, "note").send_keys("Seluruh SOP ditinjau 10 April")
    submit(update)
    check("Perubahan disimpan." in driver.page_source, "the follow-up is closed")
    driver.get(BASE + "/")
    check("Tinjau seluruh SOP pelayanan" not in driver.page_source, "a closed follow-up leaves the overdue list")
    shot(driver, "5-dashboard-after")
    upload_evidence(driver)


def upload_evidence(driver):
    follow(driver, "Unit Kerja")
    follow(driver, "Balai Uji")
    follow(driver, "Data Dukung")
    check("Belum ada data dukung." in driver.page_source, "empty evidence list")
    pdf = os.path.join(tempfile.mkdtemp(prefix="sizi-browser-file-"), "Notulen Rapat Monev.pdf")
    with open(pdf, "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    form = driver.find_element(By.CSS_SELECTOR, "form[data-upload]")
    Select(form.find_element(By.NAME, "kind")).select_by_value("notulen")
    form.find_element(By.NAME, "file").send_keys(pdf)
    submit(form)
    WebDriverWait(driver, 20).until(lambda d: "/evidence/" in d.current_url)
    check("Notulen Rapat Monev.pdf" in driver.page_source and "SHA-256" in driver.page_source,
          "the uploaded file is shown with its hash")
    shot(driver, "6-evidence")


def main():
    binary = sys.argv[1]
    data = tempfile.mkdtemp(prefix="sizi-browser-")
    server = start_server(binary, data)
    driver = browser()
    try:
        run(driver)
    except Exception:
        shot(driver, "failure")
        print(open(os.path.join(data, "serve.log")).read()[-3000:], file=sys.stderr)
        raise
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=20)
    print(f"browser: {checks} passed, 0 failed")


if __name__ == "__main__":
    main()

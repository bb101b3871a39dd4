"""End to end in headless Chromium: search → article → sign in → correction → export, with screenshots.

Needs Debian's ``chromium`` and ``chromium-driver`` (``apt-get install -y chromium chromium-driver``) and the
``selenium`` package of the dev extra; skipped cleanly when any is missing. Selenium is given the Debian
chromedriver explicitly, so Selenium Manager never downloads a browser or driver. Screenshots go to
``$MARSAD_SCREENSHOT_DIR`` when set (``docs/img`` holds the committed ones), else to the test's tmp folder.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
    "--lang=ar",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(store_path: Path, token: str) -> Iterator[str]:
    """The app on uvicorn in a background thread, over the fixture store."""
    import uvicorn

    from marsad.web.app import create_app

    port = _free_port()
    app = create_app(str(store_path), token=token)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        reason = "chromium / chromium-driver not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("MARSAD_REQUIRE_BROWSER"):  # set by .ci/run, which installs them: never skip silently
            pytest.fail(reason)
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MARSAD_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def wait_for(driver, condition, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def fetch_text(driver, url: str) -> str:
    """GET ``url`` from inside the page (same origin, so the CSP allows it)."""
    script = "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);"
    return driver.execute_async_script(script, url)


def test_search_article_correction_export(server: str, browser, docs, token: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select

    doc = docs["aleppo"]
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"

    # search, normalised: the clitic form finds the article
    box = browser.find_element(By.ID, "q")
    box.send_keys("بحلب")
    browser.find_element(By.ID, "apply").click()
    wait_for(browser, ec.url_contains("q="))
    results = browser.find_elements(By.CSS_SELECTOR, "#doc-list a.doc-title")
    assert [r.get_attribute("href") for r in results] == [f"{server}/doc/{doc.id}"]
    browser.save_screenshot(str(shots / "web-search.png"))

    # article: clicking a highlight shows its details card
    results[0].click()
    wait_for(browser, ec.presence_of_element_located((By.ID, "doc-text")))
    org = browser.find_element(By.CSS_SELECTOR, "#doc-text .hl-ent-ORG")
    org.click()
    wait_for(browser, lambda d: "active" in d.find_element(By.ID, "entity-0").get_attribute("class"))

    # sign in with the token, come back, correct the ORG entity to PER
    browser.find_element(By.ID, "login-link").click()
    browser.find_element(By.ID, "token").send_keys(token)
    browser.find_element(By.CSS_SELECTOR, "#login-form button").click()
    wait_for(browser, lambda d: "/login" not in d.current_url)  # a refused sign-in stays on an error page
    assert browser.current_url == f"{server}/doc/{doc.id}"
    card = browser.find_element(By.ID, "entity-0")
    card.find_element(By.CSS_SELECTOR, "details.corrections summary").click()
    form = card.find_element(By.CSS_SELECTOR, "form[data-field='type']")
    Select(form.find_element(By.NAME, "value")).select_by_value("PER")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, ec.presence_of_element_located((By.ID, "corrections-table")))
    pers = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl-ent-PER")
    assert "".join(p.text for p in pers) == "وزارة الدفاع الروسية"
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(shots / "web-article.png"))

    # export reflects the correction
    lines = [json.loads(line) for line in fetch_text(browser, "/api/export/jsonl").splitlines()]
    exported = next(d for d in lines if d["doc"]["id"] == doc.id)
    assert exported["entities"][0]["type"] == "PER"

    browser.get(server + "/map")
    wait_for(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#map circle")))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map circle")) == 2
    browser.save_screenshot(str(shots / "web-map.png"))
    browser.get(server + "/claims?lang=en")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr"
    browser.save_screenshot(str(shots / "web-claims.png"))


def test_hostile_article_runs_no_script(server: str, browser, docs) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/doc/{docs['hostile'].id}")
    text = browser.find_element(By.ID, "doc-text").text
    assert "<script>alert(1)</script>" in text and "⟦RLO⟧" in text
    time.sleep(0.5)  # give an injected onerror handler time to fire, were there one
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return document.querySelectorAll('#doc-text img, #doc-text script').length") == 0

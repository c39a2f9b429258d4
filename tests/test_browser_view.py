"""The HTML export opened in a real headless Chromium, driven over the DevTools protocol.

Needs Debian's `chromium` (scripts/install-browser.sh) and the `websocket-client` pip
package; skipped with the reason when either is missing. Saves a screenshot to
$NEWSKG_ARTIFACTS/browser-view.png (default: artifacts/ in the repository root).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from kg.export import build_view, export, load_graph

pytestmark = pytest.mark.slow

websocket = pytest.importorskip("websocket", reason="needs the websocket-client pip package")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (scripts/install-browser.sh)", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "tests" / "fixtures" / "world.ttl"
MINI = ROOT / "tests" / "fixtures" / "mini.ttl"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,800",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]


class Page:
    """One Chromium tab over the DevTools protocol: commands, events, console errors."""

    def __init__(self, ws_url: str):
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.errors: list[str] = []
        self.events: list[dict] = []

    def _note(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description")))
                                                      for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("exception: " + str(details.get("exception", {}).get("description")
                                                   or details.get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append("log: " + params["entry"].get("text", "") + " " + params["entry"].get("url", ""))
        if method:
            self.events.append(message)

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._note(message)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for seen in self.events:
            if seen["method"] == method:
                return seen
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            self._note(message)
            if message.get("method") == method:
                return message
        raise TimeoutError(method)

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def requested(self) -> list[str]:
        """Return the URLs the page asked for so far."""
        self.js("0")  # drain pending events
        return [m["params"]["request"]["url"] for m in self.events if m["method"] == "Network.requestWillBeSent"]

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Yield a function that opens a file in a fresh tab of one headless Chromium."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = []
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Chromium did not start (exit code {process.poll()})")
            time.sleep(0.2)
        port = int(port_file.read_text().split()[0])

        def open_page(path: Path) -> Page:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
                targets = [t for t in json.load(reply) if t["type"] == "page"]
            page = Page(targets[0]["webSocketDebuggerUrl"])
            pages.append(page)
            for domain in ("Runtime", "Log", "Page", "Network"):
                page.send(f"{domain}.enable")
            page.send("Emulation.setDeviceMetricsOverride", width=1280, height=800,
                      deviceScaleFactor=1, mobile=False)
            page.events.clear()
            page.send("Page.navigate", url=path.as_uri())
            page.wait_for("Page.loadEventFired")
            deadline = time.monotonic() + 30
            while page.js("document.body && document.body.getAttribute('data-ready')") != "true":
                if time.monotonic() > deadline:
                    raise TimeoutError("the page never finished its first render")
                time.sleep(0.1)
            return page

        yield open_page
    finally:
        for page in pages:
            page.ws.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def artifacts() -> Path:
    folder = Path(os.environ.get("NEWSKG_ARTIFACTS", ROOT / "artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_people_view_draws_searches_filters_and_explains(browser, tmp_path):
    graph = load_graph(WORLD)
    html = tmp_path / "people.html"
    html.write_bytes(export(graph, "html", view="people"))
    view = build_view(graph, "people")
    page = browser(html)

    assert page.js("window.newskg.nodeCount()") == view.graph.number_of_nodes() == 16
    assert page.js("document.body.getAttribute('data-drawn-nodes')") == "16"
    assert page.js("window.newskg.drawnEdgeCount()") == view.graph.number_of_edges() == 23

    # search by Hindi and by English name; typing into the box reports the count
    assert page.js("window.newskg.search('पुतिन')") == ["person:vladimir-putin"]
    assert page.js("window.newskg.search('lavrov')") == ["person:sergei-lavrov"]
    page.js("window.newskg.search(''); document.getElementById('search').focus()")
    page.send("Input.insertText", text="सर्गेई")
    assert page.js("document.getElementById('search-count').textContent") == "2 मिले / found"

    # status checkboxes and the time slider hide what Python's filters drop
    page.js("document.querySelector('.status-filter[value=occurred]').click()")
    other = build_view(graph, "people", statuses="planned,denied,speculated")
    assert page.js("window.newskg.drawnNodeCount()") == other.graph.number_of_nodes()
    assert page.js("window.newskg.drawnEdgeCount()") == other.graph.number_of_edges()
    page.js("document.querySelector('.status-filter[value=occurred]').click()")
    page.js("window.newskg.setUntil('2023-06-30')")
    early = build_view(graph, "people", until="2023-06-30")
    assert page.js("window.newskg.drawnNodeCount()") == early.graph.number_of_nodes()
    assert page.js("window.newskg.drawnEdgeCount()") == early.graph.number_of_edges()
    page.js("window.newskg.setUntil(null)")
    assert page.js("window.newskg.drawnNodeCount()") == 16

    # clicking a node lists its events with the evidence sentences
    page.js("window.newskg.search('लावरोव')")
    spot = page.js("(() => { const p = window.newskg.screenPosition('person:sergei-lavrov');"
                   " const r = document.getElementById('canvas').getBoundingClientRect();"
                   " return {x: p.x + r.left, y: p.y + r.top}; })()")
    page.click(spot["x"], spot["y"])
    assert page.js("document.querySelector('#panel h2').textContent") == "सर्गेई लावरोव"
    lavrov_events = {e for u, v, d in view.graph.edges("person:sergei-lavrov", data=True) for e in d["events"]}
    shown = page.js("Array.from(document.querySelectorAll('#panel .event')).map(e => e.dataset.event)")
    assert set(shown) == lavrov_events
    sentences = page.js("Array.from(document.querySelectorAll('#panel blockquote')).map(b => b.textContent)")
    assert any("लावरोव" in s for s in sentences)

    shot = page.send("Page.captureScreenshot", format="png")
    (artifacts() / "browser-view.png").write_bytes(base64.b64decode(shot["data"]))
    assert page.errors == []
    assert [url for url in page.requested() if not url.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize("view, nodes", [("actors", 7), ("events", 10), ("full", 29)])
def test_every_view_of_the_mini_graph_renders_without_errors(browser, tmp_path, view, nodes):
    html = tmp_path / f"{view}.html"
    html.write_bytes(export(load_graph(MINI), "html", view=view))
    page = browser(html)
    assert page.js("window.newskg.drawnNodeCount()") == nodes
    assert page.js("window.newskg.search('Kim Jong Un')") == ["person:kim-jong-un"]
    page.js("window.newskg.select('person:kim-jong-un')")
    assert "किम जोंग उन" in page.js("document.getElementById('panel').textContent")
    assert page.errors == []
    assert page.requested() == [html.as_uri()]  # the page itself, nothing else

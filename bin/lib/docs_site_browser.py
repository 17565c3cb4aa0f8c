"""Drives headless Chromium over the DevTools protocol through the docs site (bin/test.d/65-docs-site).

usage: docs_site_browser.py SITE_DIR SCREENSHOT_DIR PROFILE_DIR

Chromium runs in its own process group on 127.0.0.1 (port chosen by Chromium, read from its
DevToolsActivePort file) and the whole group is killed on the way out, whatever happens.
"""

import base64
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import websocket

# DESIGN §6: the columns checks and notebooks rely on
RANKING_COLUMNS = ["unit_id", "unit_code", "unit_name", "unit_type", "period", "score_points",
                   "max_points", "score_pct", "band", "rank", "rank_change"]
TIMEOUT = 60


class Browser:
    def __init__(self, profile):
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "--window-size=1400,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = os.path.join(profile, "DevToolsActivePort")
        deadline = time.time() + TIMEOUT
        while not os.path.exists(port_file) or not open(port_file).read().strip():
            if time.time() > deadline or self.process.poll() is not None:
                raise SystemExit("65-docs-site: Chromium did not open its DevTools port")
            time.sleep(0.2)
        port = open(port_file).read().split()[0]
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT))
        target = next(p for p in pages if p["type"] == "page")
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=TIMEOUT, suppress_origin=True)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise SystemExit(f"65-docs-site: {method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, event):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: i + 1]
                    return message
            self.events.append(json.loads(self.socket.recv()))
        raise SystemExit(f"65-docs-site: no {event} within {TIMEOUT} s")

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise SystemExit(f"65-docs-site: {expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path):
        size = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": max(size[0], 1400), "height": min(size[1], 6000), "scale": 1})
        with open(path, "wb") as out:
            out.write(base64.b64decode(shot["data"]))

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()


# The lineage graph as the browser laid it out: every node's box and label, every edge's length.
GRAPH = """(() => {
  const svg = document.querySelector('svg.lineage');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  return {
    width: box.width, height: box.height,
    nodes: [...svg.querySelectorAll('g.node')].map(g => ({
      id: g.dataset.id, cls: g.getAttribute('class'),
      rect: g.querySelector('rect').getBBox().width,
      label: g.querySelector('text').getComputedTextLength(),
      link: g.parentElement.tagName.toLowerCase() === 'a' ? g.parentElement.getAttribute('href') : null})),
    edges: [...svg.querySelectorAll('path.edge')].map(p => ({
      from: p.dataset.from, to: p.dataset.to, length: p.getTotalLength()}))
  };
})()"""


def check(condition, message):
    if not condition:
        raise SystemExit(f"65-docs-site: {message}")


def check_graph(graph, page, focus=None):
    check(graph is not None, f"{page}: no lineage graph")
    check(graph["width"] > 0 and graph["height"] > 0, f"{page}: the lineage graph has no size: {graph}")
    for node in graph["nodes"]:
        check(node["rect"] > 0, f"{page}: node {node['id']} is not drawn")
        # the label is rendered and fits its box
        check(0 < node["label"] < node["rect"], f"{page}: label of {node['id']} is {node['label']} px for a box of {node['rect']}")
    ids = {n["id"] for n in graph["nodes"]}
    for edge in graph["edges"]:
        check(edge["from"] in ids and edge["to"] in ids and edge["length"] > 0, f"{page}: edge {edge} is not drawn")
    if focus:
        focused = [n for n in graph["nodes"] if "focus" in n["cls"].split()]
        check([n["id"] for n in focused] == [focus], f"{page}: highlighted {focused}, not {focus}")


def main(site, shots, profile):
    browser = Browser(profile)
    try:
        index = "file://" + os.path.abspath(os.path.join(site, "index.html"))
        browser.open(index)
        title = browser.evaluate("document.title")
        check("Tài liệu kho dữ liệu" in title, f"index title is {title!r}")
        graph = browser.evaluate(GRAPH)
        check_graph(graph, "index")
        layers = {cls for n in graph["nodes"] for cls in n["cls"].split()}
        check({"source", "staging", "core", "mart"} <= layers, f"index: lineage layers {layers}")
        print(f"index: {len(graph['nodes'])} nodes, {len(graph['edges'])} edges, "
              f"{graph['width']:.0f}×{graph['height']:.0f} px")
        browser.screenshot(os.path.join(shots, "index.png"))

        # follow the link of the models table, as a reader would
        link = browser.evaluate("(() => { const a = [...document.querySelectorAll('table.models a')]"
                                ".find(a => a.textContent === 'mart_ranking'); if (!a) return null; a.click(); return a.href; })()")
        check(link is not None, "index: no link to mart_ranking in the models table")
        browser.wait_for("Page.loadEventFired")
        here = browser.evaluate("location.href")
        check(here.endswith("/mart_ranking.html"), f"the link led to {here}")
        check(browser.evaluate("document.querySelector('h1').textContent") == "mart_ranking", "mart_ranking: no heading")
        columns = browser.evaluate("[...document.querySelectorAll('table.columns tr td:nth-child(2)')].map(td => td.textContent)")
        missing = [c for c in RANKING_COLUMNS if c not in columns]
        check(not missing, f"mart_ranking: columns {missing} not listed (listed: {columns})")
        described = browser.evaluate("[...document.querySelectorAll('table.columns tr td:nth-child(4)')].every(td => td.textContent.length > 0)")
        check(described, "mart_ranking: a column without a description")
        graph = browser.evaluate(GRAPH)
        check_graph(graph, "mart_ranking", focus="mart_ranking")
        ids = {n["id"] for n in graph["nodes"]}
        for upstream in ("curated:submission_score", "stg_submission_score", "int_unit_period", "dim_unit", "mart_unit_scorecard"):
            check(upstream in ids, f"mart_ranking: lineage lacks {upstream}")
        check({"from": "mart_unit_scorecard", "to": "mart_ranking"} in [{k: e[k] for k in ("from", "to")} for e in graph["edges"]],
              "mart_ranking: no edge from mart_unit_scorecard")
        print(f"mart_ranking: {len(columns)} columns, lineage of {len(graph['nodes'])} nodes and {len(graph['edges'])} edges")
        browser.screenshot(os.path.join(shots, "mart_ranking.png"))

        # a node of the graph is a link too: to the staging model it was built from
        browser.evaluate("document.querySelector('svg.lineage a[href=\"stg_submission_score.html\"]')"
                         ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        browser.wait_for("Page.loadEventFired")
        check(browser.evaluate("location.href").endswith("/stg_submission_score.html"), "the graph's node is no link")

        browser.open("file://" + os.path.abspath(os.path.join(site, "audits.html")))
        audits = browser.evaluate("document.querySelectorAll('table.audits tr.pass, table.audits tr.warn').length")
        check(audits > 50, f"audits: {audits} rows")
        browser.open("file://" + os.path.abspath(os.path.join(site, "runs.html")))
        runs = browser.evaluate("document.querySelectorAll('table.rows')[0].querySelectorAll('tr').length - 1")
        check(runs >= 1, "runs: no ingest run listed")
        print(f"audits: {audits} listed; runs: {runs} listed; screenshots in {shots}")
    finally:
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])

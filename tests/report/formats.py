#!/usr/bin/env python3
"""End-to-end check of every report format: one ehclint run over a folder of plans writes
text, json, jsonl, sarif, gitlab, checkstyle, junit, csv and html at once; each output is then
checked for shape (SARIF also against the OASIS schema when /work/shared is there, HTML also
rendered in headless Chromium when it is installed), and a baseline written from the run makes
a second run report nothing new.

Usage: formats.py EHCLINT PLANS_DIR [SHARED_DIR]   Exit 77 (skip) when PLANS_DIR has no plans.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.dom.minidom

FORMATS = ["json", "jsonl", "sarif", "gitlab", "checkstyle", "junit", "csv", "html"]
GRADES = {"outstanding", "good", "requires-improvement", "inadequate"}
FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL:", what)


def plans_in(folder):
    exts = (".docx", ".docm", ".dotx", ".xml")
    return sorted(f for f in os.listdir(folder) if f.endswith(exts)) if os.path.isdir(folder) else []


def run(exe, args, cwd):
    p = subprocess.run([exe] + args, cwd=cwd, capture_output=True, timeout=600)
    check(p.returncode in (0, 1), f"exit {p.returncode} for {args}: {p.stderr[:300]!r}")
    return p


def check_json(doc, nplans):
    check(len(doc["plans"]) == nplans, "json: one entry per plan")
    for p in doc["plans"]:
        for key in ("path", "status", "error", "findings", "sections", "outcomes", "provision", "score", "grade"):
            check(key in p, f"json: plan has {key}")
        check(p["status"] in ("ok", "error"), "json: status")
        if p["status"] == "ok" and p["grade"] is not None:
            check(p["grade"] in GRADES and 0 <= p["score"] <= 10, "json: plan grade/score")
        for s in p["sections"]:
            check({"id", "present", "title", "score", "grade"} <= set(s), "json: section keys")
        for f in p["findings"]:
            for key in ("rule", "level", "section", "block", "item", "start", "end", "match", "text",
                        "message", "suggestion"):
                check(key in f, f"json: finding has {key}")
            check(f["text"][f["start"]:f["end"]] == f["match"], f"json: start/end are character offsets ({f['rule']})")
        for o in p["outcomes"]:
            check(set(o["smart"]) == {"specific", "measurable", "achievable", "relevant", "time-bound"}, "json: SMART keys")


def check_sarif(sarif, shared):
    check(sarif["version"] == "2.1.0", "sarif: version")
    run0 = sarif["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    for res in run0["results"]:
        check(ids[res["ruleIndex"]] == res["ruleId"], "sarif: ruleIndex points at its rule")
        check("ehclint/v1" in res["partialFingerprints"], "sarif: partialFingerprints")
        region = res["locations"][0]["physicalLocation"]["region"]
        check(region["startLine"] >= 1, "sarif: startLine >= 1")
    for r in rules:
        check(r.get("help", {}).get("text"), f"sarif: rule {r['id']} has help text")
    schema = os.path.join(shared or "", "schemas", "sarif-2.1.0.json")
    if not shared or not os.path.exists(schema):
        print("note: no SARIF schema; structural checks only")
        return
    try:
        import jsonschema
    except ImportError:
        print("note: python3-jsonschema missing; structural checks only")
        return
    with open(schema, encoding="utf-8") as fh:
        jsonschema.validate(sarif, json.load(fh))


def check_csv(text, nplans):
    check("\r\n" in text, "csv: CRLF line ends")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    check(len(rows) == nplans, "csv: one row per plan")
    for r in rows:
        check(r["grade"] in GRADES or r["status"] == "error", "csv: grade")
        check(r["F_grade"] in GRADES | {""}, "csv: F grade")
        buf = io.StringIO(newline="")
        csv.writer(buf, lineterminator="\r\n").writerow(r.values())
        check(next(csv.reader(io.StringIO(buf.getvalue(), newline=""))) == list(r.values()), "csv: round trip")


def check_xml(path, root):
    dom = xml.dom.minidom.parse(path)
    check(dom.documentElement.tagName == root, f"{path}: root is <{root}>")
    if shutil.which("xmllint"):
        check(subprocess.run(["xmllint", "--noout", path]).returncode == 0, f"xmllint {path}")
    return dom


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def check_html(path, plans, tmp):
    with open(path, encoding="utf-8") as fh:
        html = fh.read()
    check("http://" not in html.replace("http://www.w3.org/2000/svg", ""), "html: no network links")
    check("<script" not in html, "html: no scripts")
    check_xml(path, "html")  # written well-formed
    check(len(plans) < 2 or "<svg" in html and "Most frequent findings" in html, "html: dashboard")
    exe = chromium()
    if not exe:
        print("note: chromium missing; HTML not rendered")
        return
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + tempfile.mkdtemp(dir=tmp)]
    dom = subprocess.run(base + ["--dump-dom", "file://" + path], capture_output=True, timeout=120)
    text = dom.stdout.decode("utf-8", "replace")
    check("EHC plan quality report" in text, "chromium: page title shown")
    for p in plans:
        check(p in text, f"chromium: plan {p} listed")
    png = os.path.join(tmp, os.path.basename(path) + ".png")
    subprocess.run(base + ["--screenshot=" + png, "--window-size=1280,2000", "file://" + path],
                   capture_output=True, timeout=120)
    check(os.path.exists(png) and os.path.getsize(png) > 10000, "chromium: screenshot")
    if os.environ.get("EHCLINT_KEEP_PNG"):
        shutil.copy(png, os.environ["EHCLINT_KEEP_PNG"])


def check_baseline(exe, folder, tmp, nplans):
    bl = os.path.join(tmp, "baseline.json")
    run(exe, ["--no-config", "--jobs", "1", "--format", "json:" + os.path.join(tmp, "a.json"), "--write-baseline", bl, "."], folder)
    p = run(exe, ["--no-config", "--jobs", "1", "--format", "json", "--baseline", bl, "."], folder)
    doc = json.loads(p.stdout)
    new = sum(len(x["findings"]) for x in doc["plans"])
    unreadable = sum(x["status"] == "error" for x in doc["plans"])
    check(new == 0, f"baseline: {new} findings still new")
    check(p.returncode == (1 if unreadable else 0), "baseline: exit 0 when nothing is new")
    with open(os.path.join(tmp, "a.json"), encoding="utf-8") as fh:
        before = json.load(fh)
    total = sum(len(x["findings"]) for x in before["plans"])
    check(sum(x["baselined"] for x in doc["plans"]) == total, "baseline: every finding held")


def main():
    exe, folder = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shared = sys.argv[3] if len(sys.argv) > 3 and os.path.isdir(sys.argv[3]) else None
    plans = plans_in(folder)
    if not plans:
        print(f"skip: no plans in {folder}")
        return 77
    tmp = tempfile.mkdtemp(prefix="ehclint-formats-")
    out = {f: os.path.join(tmp, "out." + f) for f in FORMATS}
    # --jobs 1: the loader shares strtok() state between threads (src/load/opc.c) for now.
    args = ["--no-config", "--jobs", "1", "--format", "text"] + sum((["--format", f + ":" + out[f]] for f in FORMATS), []) + ["."]
    p = run(exe, args, folder)
    text = p.stdout.decode("utf-8")
    check(f"{len(plans)} plans" in text or len(plans) == 1, f"text: run summary (exit {p.returncode}: {p.stderr[-300:]!r})")
    check("\033[" not in text, "text: no colour when not a terminal")
    with open(out["json"], encoding="utf-8") as fh:
        check_json(json.load(fh), len(plans))
    with open(out["jsonl"], encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    check(len(lines) == len(plans), "jsonl: a line per plan")
    with open(out["sarif"], encoding="utf-8") as fh:
        check_sarif(json.load(fh), shared)
    with open(out["gitlab"], encoding="utf-8") as fh:
        issues = json.load(fh)
    fps = [i["fingerprint"] for i in issues]
    check(len(fps) == len(set(fps)), "gitlab: fingerprints unique")
    check(all(i["severity"] in ("info", "minor", "major", "critical", "blocker") for i in issues), "gitlab: severities")
    dom = check_xml(out["checkstyle"], "checkstyle")
    check(len(dom.getElementsByTagName("file")) == len(plans), "checkstyle: a file per plan")
    dom = check_xml(out["junit"], "testsuites")
    check(len(dom.getElementsByTagName("testsuite")) == len(plans), "junit: a testsuite per plan")
    with open(out["csv"], encoding="utf-8", newline="") as fh:
        check_csv(fh.read(), len(plans))
    check_html(out["html"], plans, tmp)
    check_baseline(exe, folder, tmp, len(plans))
    print(f"{len(plans)} plans, {len(FAILS)} failures")
    if not FAILS:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Construct test: every file of fixtures/constructs read by the loader must give exactly the
blocks of constructs.expected.json (kind, text, label; cells and depth for rows), none of its
not_in_body strings, its comments (author, text, anchor, block) and a note naming the
alt-chunk part.

Usage: constructs_test.py LOADTEXT [SHARED_DIR]   (SHARED_DIR: else $EHCLINT_SHARED, else
../shared beside the source tree). Exits 77 (skip) when the fixtures are absent.
"""
import json
import os
import subprocess
import sys


def shared_dir(argv):
    if len(argv) > 2:
        return argv[2]
    return os.environ.get("EHCLINT_SHARED", "/work/shared")


def load(loadtext, path):
    p = subprocess.run([loadtext, path], capture_output=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.decode("utf-8", "replace").strip())
    return json.loads(p.stdout.decode("utf-8"))


def compare_block(want, got):
    problems = []
    if got["kind"] != want["kind"]:
        problems.append(f"kind {got['kind']!r} != {want['kind']!r}")
    if got["text"] != want["text"]:
        problems.append(f"text {got['text']!r} != {want['text']!r}")
    if got["label"] != want.get("label"):
        problems.append(f"label {got['label']!r} != {want.get('label')!r}")
    if want["kind"] == "row":
        cells = [c["text"] for c in got.get("cells", [])]
        if cells != want["cells"]:
            problems.append(f"cells {cells!r} != {want['cells']!r}")
        if got["depth"] != want.get("depth", 0):
            problems.append(f"depth {got['depth']} != {want.get('depth', 0)}")
    return problems


def check_comments(exp, doc, ids):
    problems = []
    got = doc["comments"]
    if len(got) != len(exp["comments"]):
        problems.append(f"{len(got)} comments, expected {len(exp['comments'])}")
    for want, c in zip(exp["comments"], got):
        block = doc["blocks"][c["block"] - 1] if 0 < c["block"] <= len(doc["blocks"]) else None
        raw = block["text"].encode("utf-8") if block else b""
        anchor = raw[c["start"]:c["end"]].decode("utf-8", "replace").strip()
        where = ids.get(c["block"])
        if (c["author"], c["text"], anchor, where) != (want["author"], want["text"],
                                                     want["anchor"], want["block"]):
            problems.append(f"comment {want['id']}: got {(c['author'], c['text'], anchor, where)!r}")
    return problems


def check(exp, doc):
    problems, right = [], 0
    blocks = doc["blocks"]
    if len(blocks) != len(exp["blocks"]):
        problems.append(f"{len(blocks)} blocks, expected {len(exp['blocks'])}")
    ids = {}
    for i, want in enumerate(exp["blocks"]):
        if i >= len(blocks):
            problems.append(f"{want['id']}: missing")
            continue
        ids[blocks[i]["n"]] = want["id"]
        p = compare_block(want, blocks[i])
        right += not p
        problems += [f"{want['id']}: {x}" for x in p]
    body = "\n".join(b["text"] for b in blocks)
    problems += [f"not_in_body present: {s!r}" for s in exp["not_in_body"] if s in body]
    problems += check_comments(exp, doc, ids)
    notes = " ".join(n["message"] for n in doc["notes"])
    problems += [f"no note naming {w['part']}" for w in exp["warnings"]
                 if os.path.basename(w["part"]) not in notes]
    return right, problems


def main(argv):
    folder = os.path.join(shared_dir(argv), "fixtures", "constructs")
    exp_path = os.path.join(folder, "constructs.expected.json")
    if not os.path.exists(exp_path):
        print(f"SKIP: {exp_path} not found")
        return 77
    exp = json.load(open(exp_path, encoding="utf-8"))
    failed = 0
    for name in exp["documents"]:
        try:
            right, problems = check(exp, load(argv[1], os.path.join(folder, name)))
        except (RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
            right, problems = 0, [f"load failed: {e}"]
        print(f"{name}: {right}/{len(exp['blocks'])} blocks right, {len(problems)} problem(s)")
        for p in problems:
            print("    " + p)
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Hostile and pathological plans, linted in one run beside a good one.

Each must end with a clean report (read, or refused with one line naming the file and the
cause), never a crash or a hang, and the good plan in the same run must still be linted.

Usage: test_hostile.py EHCLINT SOURCE_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

EHCLINT, ROOT = sys.argv[1], sys.argv[2]
GOOD = os.path.join(ROOT, "samples", "good-plan.docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def package(path, document, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
        for name, data in extra:
            z.writestr(name, data)
    return path


def body(inner):
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>'


def para(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


class Hostile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        heading = para("Section F: Special educational provision")
        cls.plans = {
            # a bomb in a part nothing reads is never inflated; in the main part it is refused
            "bomb.docx": (package(os.path.join(d, "bomb.docx"), body(para("x")),
                                  [("word/media/zeros.bin", b"\0" * (64 << 20))]), None),
            "bomb-main.docx": (package(os.path.join(d, "bomb-main.docx"),
                                       body(para(" " * (80 << 20)))), "limit"),
            # nesting far deeper than any document
            "deep.docx": (package(os.path.join(d, "deep.docx"),
                                  body("<w:sdt><w:sdtContent>" * 20000 + para("deep")
                                       + "</w:sdtContent></w:sdt>" * 20000)), "deep"),
            # entity expansion (billion laughs): must not be expanded
            "laughs.docx": (package(os.path.join(d, "laughs.docx"),
                                    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                              for i in range(8))
                                    + f']><w:document xmlns:w="{W}"><w:body>{para("&i;")}</w:body></w:document>'),
                            None),
            # one paragraph of 1 MB of words that invite regular-expression backtracking
            "long-para.docx": (package(os.path.join(d, "long-para.docx"),
                                       body(heading + para("up to as required regular " * 40000))), None),
            # many paragraphs
            "many.docx": (package(os.path.join(d, "many.docx"),
                                  body(heading + para("A teaching assistant will read with Ava daily.") * 60000)),
                          None),
            "empty-main.docx": (package(os.path.join(d, "empty-main.docx"), ""), "XML"),
        }

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_all_reported_and_the_good_plan_still_linted(self):
        paths = [GOOD] + [p for p, _ in self.plans.values()]
        proc = subprocess.run([EHCLINT, "--format", "json", "--fail-on", "never", "-j", "2", *paths],
                              capture_output=True, timeout=600)
        self.assertIn(proc.returncode, (0, 1), proc.stderr.decode()[-2000:])
        report = {os.path.basename(p["path"]): p for p in json.loads(proc.stdout)["plans"]}
        self.assertEqual(len(report), len(paths))
        self.assertEqual(report["good-plan.docx"]["status"], "ok")
        err = proc.stderr.decode("utf-8", "replace")
        for name, (_, cause) in self.plans.items():
            with self.subTest(name=name):
                p = report[name]
                if cause:
                    self.assertEqual(p["status"], "error")
                    self.assertIn(cause.lower(), p["error"].lower())
                    self.assertEqual(len([ln for ln in err.splitlines() if name in ln]), 1)
                else:
                    self.assertIn(p["status"], ("ok", "error"))
                    if p["status"] == "error":
                        self.assertTrue(p["error"])
        self.assertEqual(report["many.docx"]["status"], "ok", "a long, repetitive plan is no bomb")
        laughs = report["laughs.docx"]
        for f in laughs.get("findings", []):
            self.assertNotIn("aaaaaaaaaaaaaaaaaaaa", f["text"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)

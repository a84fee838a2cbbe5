#!/usr/bin/env python3
"""The command line end to end: exit codes, bad input beside good, configuration, rule files.

Usage: test_cli.py EHCLINT SOURCE_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

EHCLINT, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SAMPLES = os.path.join(ROOT, "samples")
GOOD = os.path.join(SAMPLES, "good-plan.docx")
TYPICAL = os.path.join(SAMPLES, "typical-plan.docx")
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def run(*args, cwd=None, env=None):
    e = dict(os.environ, NO_COLOR="1")
    e.update(env or {})
    p = subprocess.run([EHCLINT, *args], capture_output=True, timeout=120, cwd=cwd, env=e)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def ole2(extra=b""):
    # an OLE2 compound file header, padded; 'extra' goes where directory entries would be
    return OLE2 + b"\0" * 504 + extra + b"\0" * 1024


class BadInput(unittest.TestCase):
    """A bad plan gets one line naming the file and the cause; the others are still linted."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        zipped = os.path.join(d, "truncated.docx")
        with zipfile.ZipFile(zipped, "w") as z:
            z.writestr("word/document.xml", "<w:document/>" * 100)
        data = open(zipped, "rb").read()
        self.cases = {
            "legacy.doc.docx": (write(os.path.join(d, "legacy.doc.docx"), ole2()), "97-2003"),
            "locked.docx": (write(os.path.join(d, "locked.docx"),
                                  ole2("EncryptedPackage".encode("utf-16-le"))), "encrypt"),
            "text.docx": (write(os.path.join(d, "text.docx"), b"just some text\n"), "not"),
            "empty.docx": (write(os.path.join(d, "empty.docx"), b""), ""),
            "truncated.docx": (write(zipped, data[: len(data) // 2]), ""),
            "missing.docx": (os.path.join(d, "missing.docx"), "No such file"),
        }
        nomain = os.path.join(d, "nomain.docx")
        with zipfile.ZipFile(nomain, "w") as z:
            z.writestr("hello.txt", "hi")
        self.cases["nomain.docx"] = (nomain, "main")
        badxml = os.path.join(d, "badxml.docx")
        with zipfile.ZipFile(badxml, "w") as z:
            z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            z.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p>")
        self.cases["badxml.docx"] = (badxml, "XML")

    def tearDown(self):
        self.tmp.cleanup()

    def test_each_bad_plan_is_named_and_the_good_one_still_linted(self):
        paths = [p for p, _ in self.cases.values()]
        code, out, err = run("--format", "json", GOOD, *paths, TYPICAL)
        self.assertEqual(code, 1, err)
        doc = json.loads(out)
        plans = {os.path.basename(p["path"]): p for p in doc["plans"]}
        self.assertEqual(len(doc["plans"]), len(paths) + 2)
        self.assertEqual(plans["good-plan.docx"]["status"], "ok")
        self.assertEqual(plans["typical-plan.docx"]["status"], "ok")
        self.assertTrue(plans["typical-plan.docx"]["findings"], "typical plan has no findings")
        for name, (path, cause) in self.cases.items():
            with self.subTest(name=name):
                self.assertEqual(plans[name]["status"], "error")
                self.assertIn(cause.lower(), plans[name]["error"].lower())
                lines = [ln for ln in err.splitlines() if name in ln]
                self.assertEqual(len(lines), 1, f"want one stderr line for {name}: {err}")

    def test_no_crash_and_no_hang_on_random_bytes(self):
        d = self.tmp.name
        import random
        rnd = random.Random(7)
        base = open(GOOD, "rb").read()
        paths = []
        for i in range(20):
            b = bytearray(base)
            for _ in range(30):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            paths.append(write(os.path.join(d, f"fuzz{i}.docx"), bytes(b)))
        code, out, err = run("--format", "json", *paths)
        self.assertIn(code, (0, 1), err)
        self.assertEqual(len(json.loads(out)["plans"]), 20)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_comment(src, dst, phrase, comment):
    """Copy plan 'src' to 'dst' with a Word comment anchored on the paragraph holding 'phrase'."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                at = text.index(phrase)
                start = text.rindex("<w:r>", 0, at)
                end = text.index("</w:r>", at) + len("</w:r>")
                text = (text[:start] + '<w:commentRangeStart w:id="7"/>' + text[start:end]
                        + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>'
                        + text[end:])
                data = text.encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdC" Type="http://'
                                    b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'comments" Target="comments.xml"/></Relationships>')
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/comments.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'wordprocessingml.comments+xml"/></Types>')
            zout.writestr(info, data)
        zout.writestr("word/comments.xml", f'<w:comments xmlns:w="{W}"><w:comment w:id="7" '
                      f'w:author="Caseworker"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p>'
                      f'</w:comment></w:comments>')


def with_text(src, dst, old, new):
    """Copy plan 'src' to 'dst' with the words 'old' in its body replaced by 'new'."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                assert old.encode() in data, old
                data = data.replace(old.encode(), new.encode())
            zout.writestr(info, data)


class DisableComments(unittest.TestCase):
    """A caseworker silences one finding from inside Word, and the report counts it."""

    def findings(self, plan, *extra):
        # --no-config: the copy lives outside samples/, whose .ehclint.yml pins the date
        _, out, _ = run("--format", "json", "--fail-on", "never", "--no-config", *extra, plan)
        p = json.loads(out)["plans"][0]
        return p["findings"], p["suppressed"]

    def test_comment_silences_that_rule_there_only(self):
        with tempfile.TemporaryDirectory() as d:
            phrase = "Speech and language therapy as appropriate."
            before, _ = self.findings(TYPICAL)
            hit = [f for f in before if f["text"] == phrase]
            self.assertTrue(hit, "the sample lost its vague provision item")
            rule = hit[0]["rule"]
            plan = os.path.join(d, "commented.docx")
            with_comment(TYPICAL, plan, phrase,
                         f"ehclint-disable {rule} the SaLT report sets the amount")
            after, suppressed = self.findings(plan)
            self.assertNotIn(rule, {f["rule"] for f in after if f["text"] == phrase})
            self.assertGreaterEqual(suppressed, 1)
            self.assertEqual(len(before) - len(after), suppressed)
            # the same rule elsewhere in the plan is untouched
            elsewhere = [f for f in before if f["rule"] == rule and f["text"] != phrase]
            self.assertEqual(len(elsewhere), len([f for f in after if f["rule"] == rule]))
            ignored, none = self.findings(plan, "--no-disable-comments")
            self.assertEqual((len(ignored), none), (len(before), 0))


class ExitCodes(unittest.TestCase):
    def test_help_documents_every_option(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        for opt in ("--format", "--output", "--rules", "--no-default-rules", "--config",
                    "--print-config", "--as-of", "--fail-on", "--max-warnings", "--min-level",
                    "--baseline", "--write-baseline", "--jobs", "--color"):
            self.assertIn(opt, out)

    def test_version(self):
        code, out, _ = run("--version")
        self.assertEqual(code, 0)
        self.assertRegex(out, r"^ehclint \d+\.\d+\.\d+")

    def test_usage_errors_exit_2(self):
        for args in (["--format", "nope", GOOD], ["--fail-on", "sometimes", GOOD], [],
                     ["--bogus", GOOD], ["--as-of", "31/12/2026", GOOD]):
            with self.subTest(args=args):
                code, _, err = run(*args)
                self.assertEqual(code, 2)
                self.assertTrue(err.strip())

    def test_fail_on_never_exits_0_with_findings(self):
        code, out, _ = run("--fail-on", "never", TYPICAL)
        self.assertEqual(code, 0)
        self.assertIn("typical-plan.docx", out)
        code, _, _ = run(TYPICAL)
        self.assertEqual(code, 1)

    def test_folder_is_walked(self):
        code, out, _ = run("--format", "json", "--fail-on", "never", SAMPLES)
        self.assertEqual(code, 0)
        names = sorted(os.path.basename(p["path"]) for p in json.loads(out)["plans"])
        self.assertEqual(names, sorted(n for n in os.listdir(SAMPLES) if n.endswith(".docx")))

    def test_jobs_give_the_same_report_as_one_thread(self):
        one = run("--format", "json", "-j", "1", SAMPLES)[1]
        many = run("--format", "json", "-j", "4", SAMPLES, SAMPLES)[1]
        p1, p4 = json.loads(one)["plans"], json.loads(many)["plans"]
        self.assertEqual(p1 + p1, p4)


class CsvForSpreadsheets(unittest.TestCase):
    def test_a_file_name_that_looks_like_a_formula_is_not_one(self):
        import csv
        import io
        with tempfile.TemporaryDirectory() as d:
            with open(TYPICAL, "rb") as f:
                write(os.path.join(d, "=HYPERLINK(1).docx"), f.read())
            code, out, _ = run("--format", "csv", "--fail-on", "never", "--no-config",
                               "=HYPERLINK(1).docx", cwd=d)
            self.assertEqual(code, 0)
            rows = list(csv.reader(io.StringIO(out)))
            self.assertTrue(rows[1][0].startswith("'"), rows[1][0])
            self.assertTrue(rows[1][0].endswith("=HYPERLINK(1).docx"))


class Configuration(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.plan = os.path.join(self.dir, "plan.docx")
        write(self.plan, open(TYPICAL, "rb").read())

    def tearDown(self):
        self.tmp.cleanup()

    def first_rule(self):
        _, out, _ = run("--format", "json", self.plan)
        return json.loads(out)["plans"][0]["findings"][0]["rule"]

    def test_config_found_upwards_turns_a_rule_off(self):
        rule = self.first_rule()
        sub = os.path.join(self.dir, "a", "b")
        os.makedirs(sub)
        write(os.path.join(sub, "plan.docx"), open(TYPICAL, "rb").read())
        write(os.path.join(self.dir, ".ehclint.yml"), f"rules:\n  {rule}: off\n".encode())
        _, out, _ = run("--format", "json", os.path.join(sub, "plan.docx"))
        rules = {f["rule"] for f in json.loads(out)["plans"][0]["findings"]}
        self.assertNotIn(rule, rules)
        code, out, _ = run("--print-config", os.path.join(sub, "plan.docx"))
        self.assertEqual(code, 0)
        self.assertIn(".ehclint.yml", out)
        self.assertRegex(out, rf"{rule}: off")

    def test_command_line_wins_over_the_file(self):
        write(os.path.join(self.dir, ".ehclint.yml"), b"fail-on: info\nmin-level: error\n")
        code, out, _ = run("--print-config", "--fail-on", "never", self.plan)
        self.assertIn("fail-on: never    # --fail-on", out)
        self.assertRegex(out, r"min-level: error    # .*\.ehclint\.yml:2")
        self.assertEqual(run("--fail-on", "never", self.plan)[0], 0)
        self.assertEqual(run(self.plan)[0], 1)

    def test_unknown_key_is_an_error_with_a_suggestion(self):
        cfg = write(os.path.join(self.dir, "c.yml"), b"fail-on: error\nrulez:\n  x: off\n")
        code, _, err = run("--config", cfg, self.plan)
        self.assertEqual(code, 2)
        self.assertIn("c.yml:2:1", err)
        self.assertIn("did you mean 'rules'", err)

    def test_unknown_rule_in_config_is_an_error(self):
        cfg = write(os.path.join(self.dir, "c.yml"), b"rules:\n  no-such-rule: off\n")
        code, _, err = run("--config", cfg, self.plan)
        self.assertEqual(code, 2)
        self.assertIn("no-such-rule", err)

    LOCAL = """rules:
  - id: local-pupil-passport
    kind: existence
    level: warning
    sections: [F]
    unit: item
    description: "Our authority names the pupil passport, not a 'one-page profile'"
    patterns: ['\\bone[- ]page\\s+profile\\b']
    message: "Say 'pupil passport' rather than '{match}'."
    examples:
      bad: ["Staff will read {bad} before each lesson."]
      good: ["Staff will read the pupil passport before each lesson."]
"""

    def test_local_rule_folder_lints_and_tests_its_examples(self):
        rules = os.path.join(self.dir, "local")
        os.makedirs(rules)
        write(os.path.join(rules, "local.yml"), self.LOCAL.replace("{bad}", "the one-page profile").encode())
        code, out, err = run("rules", "test", rules)
        self.assertEqual(code, 0, out + err)
        self.assertRegex(out, r"1 rules, 2 examples: 2 passed, 0 failed; 0 rules lack examples, 0 a description")
        plan = os.path.join(self.dir, "passport.docx")
        with_text(TYPICAL, plan, "Movement breaks as required.", "Movement breaks, as the one-page profile says.")
        _, out, _ = run("--format", "json", "--rules", rules, plan)
        hits = [f for f in json.loads(out)["plans"][0]["findings"] if f["rule"] == "local-pupil-passport"]
        self.assertEqual([(f["section"], f["match"]) for f in hits], [("F", "one-page profile")])
        code, out, _ = run("rules", "explain", "local-pupil-passport", "--rules", rules)
        self.assertEqual(code, 0)
        self.assertIn("pupil passport", out)
        write(os.path.join(rules, "local.yml"), self.LOCAL.replace("{bad}", "the passport").encode())
        code, out, _ = run("rules", "test", rules)
        self.assertEqual(code, 1)
        self.assertIn("local-pupil-passport: bad example 1 did not raise the rule", out)

    def test_malformed_rule_file_is_refused_with_its_position(self):
        rules = os.path.join(self.dir, "local")
        os.makedirs(rules)
        write(os.path.join(rules, "bad.yml"), b"rules:\n  - id: x\n    level: warning\n    patern: foo\n")
        code, _, err = run("--rules", rules, self.plan)
        self.assertEqual(code, 2)
        self.assertRegex(err, r"bad\.yml:\d+:\d+: ")
        write(os.path.join(rules, "bad.yml"), b"rules: [\n")
        code, _, err = run("--rules", rules, self.plan)
        self.assertEqual(code, 2)
        self.assertRegex(err, r"bad\.yml:\d+:\d+: ")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)

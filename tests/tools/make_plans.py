#!/usr/bin/python3
"""Write ehclint's sample plans and layout test plans (python-docx, deterministic).

Usage:
  make_plans.py OUTDIR_SAMPLES OUTDIR_TESTPLANS [OUTDIR_BLIND]
                                                  write samples/*.docx and the test plans
                                                  (NAME.docx + NAME.json), and with OUTDIR_BLIND
                                                  the blind measuring plans, then run --check
  make_plans.py --check DIR                       check every DIR/*.json sidecar against its .docx

Sidecars use the corpus schema "ehc-plan-truth/1" (see shared/corpus/README.md). The check
asserts that every section heading, statement text, table cell, defect text and trap text is
exactly the text of a paragraph in word/document.xml (all w:t of the w:p joined, w:tab = "\\t"),
that each defect `match` occurs in its text, that good statements carry none of VAGUE_TERMS
or a placeholder, and that `num_label` values equal the Word auto-numbering labels.
Everything (children, schools, councils, services) is fictional. No randomness is used.
"""
import datetime
import glob
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"]
SPLIT = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
SINGLE = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
VAGUE_TERMS = ["access to", "as appropriate", "as required", "as needed", "regular", "regularly",
               "up to", "where possible", "if possible", "opportunities to", "support with", "may",
               "should", "could", "might", "when necessary", "ongoing", "periodically", "appropriate",
               "some", "various", "as and when", "a range of"]
VAGUE_RE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(t) for t in VAGUE_TERMS), re.I)
PLACEHOLDER_RE = re.compile(r"\[insert|\bXXX\b|\bTBC\b|\bTBA\b|dd/mm/yyyy|xx/xx/xxxx|<<|\[Name of", re.I)
TIME_RE = re.compile(r"\b20\d\d\b|\bYear \d+\b|next annual review|\bterm\b", re.I)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIXED_TIME = datetime.datetime(2025, 1, 1, 9, 0, 0)


# ---------------------------------------------------------------- docx helpers

def shade(cell, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def fill(cell, value, bold=False, color=None):
    """Write value (a string, or a list of lines = paragraphs) into an empty cell."""
    lines = value if isinstance(value, list) else [value]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold or None
            if color:
                r.font.color.rgb = RGBColor.from_string(color)


def add_numbering(doc, fmt, lvl_text):
    """Add a single-level abstractNum + num to numbering.xml; return the numId."""
    numbering = doc.part.numbering_part.element
    aid = 1 + max(int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum")))
    nid = 1 + max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0])
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, fmt, lvl_text))
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absnum)     # schema order: all abstractNum before any num
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def set_num(paragraph, num_id):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def save_docx(doc, path):
    """Save with fixed core properties and zip timestamps, so runs are byte-identical."""
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "ehclint tests/tools/make_plans.py"
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- plan builder

class Plan:
    """A python-docx document plus its ground-truth sidecar, built side by side."""

    def __init__(self, pid, quality, child, la, layout, ids, font="Arial"):
        self.doc = docx.Document()
        self.doc.styles["Normal"].font.name = font
        self.doc.styles["Normal"].font.size = Pt(11)
        self.pid, self.ids = pid, ids
        self.secs, self.order, self.stmts, self.defects, self.traps = {}, [], [], [], []
        self.meta = {"schema": "ehc-plan-truth/1", "id": pid, "file": pid + ".docx", "seed": None,
                     "generator": "tests/tools/make_plans.py", "writer": "python-docx",
                     "quality": quality, "child": child, "local_authority": la,
                     "layout": dict(layout, font=font, h_split="H1" in ids)}

    # -- document primitives
    def para(self, text="", style=None, bold=False, italic=False, size=None, parts=None, num=None,
             caps=False):
        p = self.doc.add_paragraph(style=style)
        for i, part in enumerate(parts or [text]):
            if i:   # Word-like noise between split runs: a proofErr marker
                perr = OxmlElement("w:proofErr")
                perr.set(qn("w:type"), "spellStart" if i == 1 else "spellEnd")
                p._p.append(perr)
            r = p.add_run(part)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
            if caps:
                r.font.all_caps = True
        if num:
            set_num(p, num)
        return p

    def paras(self, lines, style=None):
        for line in lines:
            self.para(line, style=style)

    def block(self, h, sid, title, lines):
        """A section heading written by h(sid, title), then its narrative paragraph(s)."""
        h(sid, title)
        self.paras([lines] if isinstance(lines, str) else lines)

    def table(self, header=None, cols=None, shade_fill="D9E2F3"):
        t = self.doc.add_table(rows=0, cols=cols or len(header))
        t.style = "Table Grid"
        if header:
            self.row(t, header, shade_fill=shade_fill, bold=True)
        return t

    def row(self, t, values, shade_fill=None, bold=False, color=None, span=False):
        cells = t.add_row().cells
        if span:
            cells = [cells[0].merge(cells[-1])]
            values = [values]
        for c, v in zip(cells, values):
            fill(c, v, bold=bold, color=color)
            if shade_fill:
                shade(c, shade_fill)
        return cells

    def span(self, t, text, **kw):
        return self.row(t, text, span=True, **kw)

    def details(self, rows):
        t = self.table(cols=2)
        for label, value in rows:
            cells = self.row(t, [label, value])
            shade(cells[0], "F2F2F2")
        self.para("")

    # -- truth registration
    def section(self, sid, heading, status="present", **extra):
        assert sid in self.ids and sid not in self.secs, (self.pid, sid)
        self.secs[sid] = dict(id=sid, status=status, heading=heading, statements=[], **extra)
        self.order.append(sid)
        if status == "empty":
            self.defect(sid, "section_empty", heading)

    def head(self, sid, text, style="Heading 1", bold=False, size=None, num=None, **kw):
        self.para(text, style=style, bold=bold, size=size, num=num)
        for s in (sid if isinstance(sid, list) else [sid]):
            self.section(s, text, **kw)

    def missing(self, sid):
        self.section(sid, None, status="missing")
        self.defect(sid, "section_missing", "")

    def defect(self, sid, kind, text, match=None, field=None, statement=None):
        d = {"id": "d%d" % (len(self.defects) + 1), "section": sid, "kind": kind, "text": text}
        if match:
            d["match"] = match
        if statement:
            d["statement"] = statement
        if field:
            d["field"] = field
        self.defects.append(d)
        return d

    def stmt(self, sid, text, dspec="", cells=None, main=None, **extra):
        """Register a statement. dspec: 'kind[:match][@field];...' e.g. 'vague_word:regular;no_frequency'."""
        sec = self.secs[sid]
        sid_n = "%s-%d" % (sid, len(sec["statements"]) + 1)
        s = {"id": sid_n, "section": sid, "kind": "outcome" if sid == "E" else "provision",
             "source": "make_plans", "label": "good", "text": text}
        if cells:
            s["cells"] = cells
        s.update(extra)
        s["defects"] = []
        for item in filter(None, dspec.split(";")):
            kind, _, field = item.partition("@")
            kind, _, match = kind.partition(":")
            lexical_cell = match and field and cells and field != main
            d = self.defect(sid, kind, cells[field] if lexical_cell else text, match or None,
                            field or None, sid_n)
            s["defects"].append(d["id"])
        s["label"] = "defective" if s["defects"] else "good"
        sec["statements"].append(sid_n)
        self.stmts.append(s)
        return s

    def item(self, sid, text, dspec="", style=None, num=None, parts=None, **extra):
        self.para(text, style=style, num=num, parts=parts)
        return self.stmt(sid, text, dspec, **extra)

    def trow(self, t, sid, header, values, dspec="", main=0, **extra):
        """Write a table row and register its main cell as a statement of section sid."""
        self.row(t, values)
        cells = {h: "\n".join(v) if isinstance(v, list) else v for h, v in zip(header, values)}
        return self.stmt(sid, cells[header[main]], dspec, cells=cells, main=header[main], **extra)

    def trap(self, sid, kind, text, match):
        assert match in text
        self.traps.append({"section": sid, "kind": kind, "text": text, "match": match})

    def signature(self, name, role, date, la):
        self.para("Signed on behalf of " + la, bold=True)
        self.para("Name: " + name)
        self.para("Role: " + role)
        self.para("Date: " + date)

    def finish(self, outdir):
        assert sorted(self.secs) == sorted(self.ids), (self.pid, sorted(self.secs))
        counts = {}
        for d in self.defects:
            counts[d["kind"]] = counts.get(d["kind"], 0) + 1
        truth = dict(self.meta)
        truth["layout"]["section_order"] = self.order
        truth.update(sections=[self.secs[s] for s in ORDER if s in self.secs],
                     statements=self.stmts, defects=self.defects,
                     defect_counts=dict(sorted(counts.items())), traps=self.traps)
        save_docx(self.doc, os.path.join(outdir, self.pid + ".docx"))
        with open(os.path.join(outdir, self.pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
            f.write("\n")


def child(first, surname, pronoun, dob, year, setting, needs, plan_date, review, phase=None, year_group=None):
    """year: the NC year as a number; for early years pass year=None with phase and year_group."""
    return {"first_name": first, "surname": surname, "pronoun": pronoun, "dob": dob,
            "phase": phase or ("post-16" if year >= 12 else "secondary" if year >= 7 else "primary"),
            "year_group": year_group or "Year %d" % year, "setting": setting, "needs": needs,
            "plan_date": plan_date, "last_annual_review": review}


def front(pl, name, dob, plan_date, review, setting, la, status="Final", next_review=None):
    pl.para(la, bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    rows = [("Name", name), ("Date of birth", dob), ("Date of plan", plan_date),
            ("Date of last annual review", review)]
    if next_review:
        rows.append(("Date of next annual review", next_review))
    pl.details(rows + [("Current setting", setting), ("Status", status)])


ADVICE_NOTE = "All advice listed above is appended to this plan."


# ---------------------------------------------------------------- test plans

def plan_essex_order(out):
    la = "Brackenmoor Borough Council"
    pl = Plan("essex-order", "typical", child("Leo", "Marsh", "he", "2017-03-09", 4,
              "Meadowbank Community Primary School", ["SLCN", "ASD"], "2025-10-14", None), la,
              {"feature": "sections out of statutory order", "section_style": "heading",
               "heading_level": 2, "heading_format": "Section {L} – {short}",
               "outcome_layout": "paragraphs", "provision_layout": "bullets"}, SPLIT)
    front(pl, "Leo Marsh", "9 March 2017", "14 October 2025", "Not applicable – first EHC plan",
          "Meadowbank Community Primary School", la)
    h = lambda sid, t: pl.head(sid, "Section %s – %s" % (sid, t), style="Heading 2")
    pl.block(h, "A", "Views, interests and aspirations", ["Leo shared his views with his teaching assistant using pictures and a talking mat in September 2025. These are his own words.",
              "I like trains, dinosaurs and jumping on the trampoline at home.",
              "I don't like it when the hall is noisy. It hurts my ears.",
              "When I grow up I want to drive a steam train.",
              "Leo's mum and dad told us that Leo is a kind, funny boy who loves facts about animals. They would like him to make a friend at school and to be able to tell adults when something is wrong."])
    pl.block(h, "E", "Outcomes", "The outcomes below run to the end of Year 5. Leo's class teacher and the SENCo will set shorter-term targets each term in his SEN support plan.")
    pl.item("E", "By the end of Year 5 (July 2027), Leo will follow a two-part spoken instruction in class without a visual prompt in 4 out of 5 observed lessons.")
    pl.item("E", "Leo will use 3-word phrases to ask an adult for help on 8 out of 10 recorded occasions.", "not_time_bound")
    pl.item("E", "Leo will develop his social communication skills by the end of Year 5.", "not_measurable")
    pl.item("E", "By July 2026, Leo will take turns in a structured game with 2 peers for 10 minutes, with no more than one adult prompt, on 3 occasions in a week.")
    pl.item("E", "Leo will receive weekly speech and language therapy by July 2026.", "outcome_is_provision")
    pl.item("E", "By the end of the spring term 2026, Leo will tell an adult how he feels using his 5-point scale, independently, on 4 out of 5 recorded occasions.")
    pl.block(h, "B", "Special educational needs", ["Leo has a diagnosis of autism (March 2023) and a developmental language disorder. He finds it hard to follow spoken instructions with more than one part, particularly in the noisy classroom. On the CELF-5 in June 2025 his understanding of language was at the 5th percentile.",
              "Leo speaks in short phrases of 2 to 3 words. When he cannot find the words he needs, he becomes upset and may leave the group.",
              "Leo finds changes to routine difficult. When the timetable changes without warning he becomes anxious, covers his ears and hides under the table. With a visual timetable and a warning 5 minutes before a change he usually copes well.",
              "Leo reads at book band 6 (orange) and is working below age-related expectations in writing. He can copy a sentence but cannot yet write one independently."])
    pl.block(h, "F", "Special educational provision", "Provision is listed by need. It will be reviewed at each annual review.")
    b = "List Bullet"
    pl.item("F", "Speech and language therapy: 1 x 30-minute individual session each week, delivered by an HCPC-registered speech and language therapist from the Brackenmoor Children's Speech and Language Therapy Service, who will also set termly targets.", style=b)
    pl.item("F", "Leo will have access to a social communication group.", "vague_word:access to;no_frequency;no_duration;no_deliverer", style=b)
    pl.item("F", "A visual timetable on Leo's desk, updated by the class teacher at the start of each morning and afternoon session.", style=b)
    pl.item("F", "Adult support in the playground as appropriate.", "vague_word:as appropriate;no_frequency;no_duration;no_deliverer", style=b)
    pl.item("F", "Pre-teaching of 5 new topic words before each new science and history unit, in 3 x 15-minute sessions per week in a group of 3 pupils, delivered by a teaching assistant trained by the speech and language therapist.", style=b)
    pl.item("F", "A teaching assistant trained in Attention Autism will deliver an Attention Autism group for Leo and 3 other pupils 4 times a week.", "no_duration", style=b)
    pl.block(h, "C", "Health needs", ["Leo has glue ear and had grommets fitted in January 2025. His hearing is checked every 6 months at the Brackenmoor Children's Hearing Service.",
              "Leo is sensitive to loud noise and to the feel of clothing labels."])
    h("G", "Health provision")
    pl.item("G", "Hearing review: one 45-minute appointment every 6 months at the Brackenmoor Children's Hearing Service, carried out by an NHS audiologist and commissioned by Brackenmoor and Weald Integrated Care Board.", style=b)
    pl.item("G", "Occupational therapy advice to school as required.", "vague_word:as required;no_frequency;no_duration;no_deliverer", style=b)
    pl.block(h, "D", "Social care needs", "Leo's parents care for him and his younger sister. An assessment by the Children with Disabilities Team in May 2025 found that the family needs a regular break from caring, and that evenings are hard because Leo finds it difficult to settle.")
    h("H1", "Social care provision (section 2 CSDPA 1970)")
    pl.item("H1", "A short breaks place at the Larkfield Saturday Club, one 5-hour session each month, provided by the Brackenmoor Children with Disabilities Team and staffed by support workers trained in autism awareness.")
    h("H2", "Other social care provision")
    pl.item("H2", "A review of the carer's assessment for Leo's parents every 12 months.", "no_deliverer")
    pl.block(h, "I", "Placement", ["Meadowbank Community Primary School, Fenwick Road, Brackenmoor.", "Type: mainstream community primary school maintained by Brackenmoor Borough Council."])
    pl.block(h, "J", "Personal budget", "Leo's parents have asked for the short breaks in Section H1 to be paid as a direct payment of £540 a year.")
    pl.block(h, "K", "Advice and information", ["Advice from Leo's parents, Mr and Mrs Marsh, 2 September 2025",
              "Educational psychology advice, Dr Priya Nair, Educational Psychologist, 12 September 2025",
              "Speech and language therapy advice, Rachel Dunmore, Speech and Language Therapist, 5 September 2025",
              "Medical advice, Dr Tomas Reyes, Consultant Community Paediatrician, 28 August 2025",
              "Social care advice, Kerry Walsh, Social Worker, Children with Disabilities Team, 10 September 2025",
              "Educational advice, Joanne Firth, SENCo, Meadowbank Community Primary School, 8 September 2025", ADVICE_NOTE])
    pl.signature("Helen Crosby", "SEND Team Manager", "14 October 2025", la)
    pl.finish(out)


def plan_auto_numbered(out):
    la = "Kestrel Vale Council"
    pl = Plan("auto-numbered-letters", "typical", child("Maisie", "Holt", "she", "2013-05-20", 8,
              "Oakhurst Academy", ["SpLD", "SEMH"], "2025-11-03", "2025-10-08"), la,
              {"feature": "section letters only in Word auto-numbering (upperLetter, 'Section %1:')",
               "section_style": "heading", "heading_level": 1, "heading_format": "{short} (letter in numbering)",
               "outcome_layout": "numbered-auto", "provision_layout": "table4"}, SINGLE, font="Calibri")
    front(pl, "Maisie Holt", "20 May 2013", "3 November 2025", "8 October 2025", "Oakhurst Academy", la)
    sec_num = add_numbering(pl.doc, "upperLetter", "Section %1:")
    out_num = add_numbering(pl.doc, "decimal", "Outcome %1:")
    titles = dict(zip(SINGLE, ["Views, interests and aspirations", "Special educational needs", "Health needs",
                               "Social care needs", "Outcomes", "Special educational provision", "Health provision",
                               "Social care provision", "Placement", "Personal budget", "Advice and information"]))
    h = lambda sid: pl.head(sid, titles[sid], num=sec_num, num_label="Section %s:" % sid)
    h("A")
    pl.paras(["Maisie wrote this with her learning mentor in October 2025.",
              "I am good at drawing and I love horses. I help at a stables on Saturdays.",
              "Reading out loud in class makes me panic. I want people to know I am not lazy.",
              "My dream is to work with animals, maybe as a veterinary nurse.",
              "Maisie's mum said that Maisie is creative and caring, and that her confidence has dropped since she started secondary school."])
    h("B")
    pl.paras(["Maisie has a diagnosis of dyslexia (educational psychology assessment, June 2024). Her reading accuracy is at the 9th percentile and her reading speed is 62 words per minute on a Year 7 text. She understands what is read to her well.",
              "Maisie finds it hard to copy from the board and to write at length. Her written work is much shorter than her spoken ideas.",
              "Maisie becomes anxious before lessons where she may be asked to read aloud. She has missed 14 days this term, mostly on days with English."])
    h("C")
    pl.para("Maisie has mild asthma, managed with an inhaler that she carries herself.")
    h("D")
    pl.para("Maisie's family are not known to children's social care. Her mother would like advice on youth activities where Maisie can build friendships.")
    h("E")
    item = lambda text, d="": pl.item("E", text, d, num=out_num,
                                      num_label="Outcome %d:" % (len(pl.secs["E"]["statements"]) + 1))
    item("By July 2026, Maisie will read a Year 7 text aloud at 90 words per minute with at least 95% accuracy, measured termly by the SENCo.")
    item("Maisie will become a more confident reader.", "not_measurable;not_time_bound")
    item("By the end of Year 9 (July 2027), Maisie will plan and write a 300-word piece of homework using her laptop and speech-to-text, independently, for 3 out of 4 pieces set.")
    item("By July 2026, Maisie will use a calming strategy from her toolkit when she feels overwhelmed, where possible.", "vague_word:where possible;not_measurable")
    item("Maisie will be given a weekly mentoring session with her learning mentor by December 2025.", "outcome_is_provision")
    item("By Easter 2026, Maisie will attend at least 95% of her timetabled lessons over a half term, as recorded on the school register.")
    h("F")
    hdr = ["Provision", "Frequency and duration", "Group size", "Provided by"]
    t = pl.table(hdr)
    pl.trow(t, "F", hdr, ["Structured, cumulative literacy programme (Toe by Toe)", "4 x 20-minute sessions per week", "1:1", "A teaching assistant trained in the programme by the specialist dyslexia teacher"])
    pl.trow(t, "F", hdr, ["Access to a laptop with speech-to-text software", "In all lessons", "Individual", "The ICT technician, who sets up and maintains the laptop"], "vague_word:Access to@Provision")
    pl.trow(t, "F", hdr, ["Small group literacy intervention", "Regular sessions", "Small group", "TBC"],
            "vague_word:Regular@Frequency and duration;no_frequency@Frequency and duration;no_duration@Frequency and duration;no_group_size@Group size;no_deliverer@Provided by;placeholder:TBC@Provided by")
    pl.trow(t, "F", hdr, ["Check-in to review her anxiety scale and plan her week", "Every Monday, 20 minutes", "1:1", "Dawn Okafor, learning mentor (ELSA-trained)"])
    pl.trow(t, "F", hdr, ["Exam access arrangements: 25% extra time and a reader in all internal tests and examinations", "In every internal test and examination", "Individual, in a separate room", "The exams officer, with the SENCo assessing eligibility under JCQ rules"])
    pl.trow(t, "F", hdr, ["Emotional literacy sessions (ELSA)", "Once a week", "1:1", "An ELSA-trained teaching assistant"], "no_duration@Frequency and duration")
    h("G")
    pl.item("G", "CAMHS Getting Help team: 8 weekly 50-minute sessions of cognitive behavioural therapy for anxiety, delivered by a CAMHS clinical psychologist and commissioned by Kestrel Vale Integrated Care Board.")
    pl.item("G", "Maisie should be seen by the school nurse when necessary.", "vague_word:should;vague_word:when necessary;no_frequency;no_duration")
    h("H")
    pl.item("H", "Social care support for the family as and when needed.", "vague_word:as and when;no_frequency;no_duration;no_deliverer")
    pl.item("H", "A place at the Kestrel Vale Youth Inclusion Club, one 2-hour session every Thursday evening in term time, provided by Kestrel Vale Children's Services and staffed by youth workers trained in SEND inclusion.")
    h("I")
    pl.para("Oakhurst Academy, a mainstream secondary academy (11–16).")
    h("J")
    pl.para("Maisie's mother has not asked for a personal budget.")
    pl.secs["J"]["status"] = "no_needs"
    h("K")
    pl.paras(["Parental advice, Ms Claire Holt, 15 September 2025",
              "Educational psychology advice, Dr Owen Lacey, Educational Psychologist, 22 September 2025",
              "Educational advice, Mr Ravi Shah, SENCo, Oakhurst Academy, 19 September 2025",
              "Health advice, Dr Ellen Morris, Community Paediatrician, 24 September 2025", ADVICE_NOTE])
    pl.signature("Martin Ogunleye", "EHC Coordinator", "3 November 2025", la)
    pl.finish(out)


def plan_area_table(out):
    la = "Northmarsh County Council"
    pl = Plan("area-table", "typical", child("Isla", "Ferreira", "she", "2018-04-11", 2,
              "Fernhill Primary School", ["PD", "SLCN"], "2025-09-26", "2025-07-02"), la,
              {"feature": "B, E and F as columns of one table per broad area of need",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L}. {short}",
               "outcome_layout": "area-table", "provision_layout": "area-table"}, SPLIT)
    front(pl, "Isla Ferreira", "11 April 2018", "26 September 2025", "2 July 2025", "Fernhill Primary School", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s. %s" % (sid, t), **kw)
    pl.block(h, "A", "Views, interests and aspirations", ["Isla told us about herself using her communication book and photographs, with her teaching assistant, in June 2025.",
              "I like swimming, my cat Biscuit and singing songs with Mummy.",
              "I want to run in the race on sports day.",
              "Isla's parents said that Isla is determined and sociable. They hope she will be as independent as she can be and keep her friends when she moves to junior school."])
    pl.para("Isla's needs, the outcomes sought and the provision for each need are set out below, one table for each area of need.")
    hdr = ["Needs (B)", "Outcomes (E)", "Provision (F)"]
    rows = {
        "Communication and interaction": [
            ("Isla understands simple instructions but finds it hard to follow instructions with 2 or more key words in class. On the Derbyshire Language Scheme in June 2025 she understood 2 key words.",
             "By July 2026, Isla will follow an instruction with 3 key words in the classroom in 4 out of 5 observed sessions.", "",
             "Speech and language therapy: one 30-minute individual session every fortnight from an HCPC-registered speech and language therapist (Northmarsh Children's Therapy Service), plus a daily 15-minute language programme delivered by a teaching assistant trained by the therapist.", ""),
            ("Isla uses a communication book and single words. Adults who do not know her find her speech hard to understand.",
             "Isla will improve her communication skills.", "not_measurable;not_time_bound",
             "Use of a communication book as appropriate.", "vague_word:as appropriate;no_frequency;no_duration;no_deliverer")],
        "Cognition and learning": [
            ("Isla is working towards the Year 1 expected standard in reading. She knows 18 of the 44 phonemes and can blend 3-sound words with help.",
             "By the end of Year 2 (July 2026), Isla will read and blend 30 of the 44 phonemes in a phonics check, using her switch-adapted reading app independently.", "",
             "Small group phonics with regular practice, delivered by the class teacher.", "vague_word:regular;no_frequency;no_duration;no_group_size")],
        "Social, emotional and mental health": [
            ("Isla becomes frustrated when she cannot make herself understood and cries or pushes equipment away. She has 2 close friends in her class.",
             "Isla will receive a daily check-in with her key adult.", "outcome_is_provision;not_time_bound",
             "A daily 10-minute check-in at the start of the school day with her key adult, a named teaching assistant, using her communication book to plan the day.", "")],
        "Sensory and/or physical": [
            ("Isla has cerebral palsy affecting both legs (spastic diplegia). She walks short distances with a walking frame and uses a wheelchair for longer distances.",
             "By July 2026, Isla will walk from her classroom to the hall with her walking frame and one adult nearby, without stopping, on 4 out of 5 school days.", "",
             "A physiotherapy programme set by the NHS paediatric physiotherapist: 20 minutes every school day, delivered 1:1 by a teaching assistant trained by the physiotherapist, with a review visit from the physiotherapist each half term.", ""),
            ("Isla holds a chunky crayon in a fist grip and cannot yet use scissors.",
             "Isla will get better at using scissors.", "not_measurable;not_time_bound",
             "Fine motor activities with a teaching assistant.", "no_frequency;no_duration")]}
    for n, (area, area_rows) in enumerate(rows.items()):
        pl.para(area, style="Heading 2")
        t = pl.table(hdr)
        if n == 0:
            for sid, col in zip("BEF", hdr):
                pl.section(sid, col, heading_location="table header cell")
        for need, outcome, d_out, prov, d_prov in area_rows:
            pl.row(t, [need, outcome, prov])
            cells = dict(zip(hdr, [need, outcome, prov]))
            pl.stmt("E", outcome, d_out, cells=cells, main=hdr[1], area=area)
            pl.stmt("F", prov, d_prov, cells=cells, main=hdr[2], area=area)
        pl.para("")
    pl.block(h, "C", "Health needs", "Isla has cerebral palsy and is seen every 6 months by her consultant paediatrician. She wears ankle-foot orthoses during the day.")
    pl.block(h, "D", "Social care needs", "The family receive overnight short breaks after a children with disabilities assessment in March 2025. Isla's parents also care for her baby brother.")
    h("G", "Health provision")
    pl.item("G", "Review with her consultant paediatrician at Northmarsh Child Development Centre, one 30-minute appointment every 6 months, commissioned by Northmarsh Integrated Care Board.")
    pl.item("G", "Orthotics review up to twice a year.", "vague_word:up to;no_deliverer")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.item("H1", "Overnight short breaks at Hollybrook House, 2 nights per month, provided by Northmarsh Disabled Children's Service.")
    h("H2", "Other social care provision")
    pl.item("H2", "Family support as needed.", "vague_word:as needed;no_frequency;no_duration;no_deliverer")
    pl.block(h, "I", "Placement", "Fernhill Primary School, a mainstream community primary school (Reception to Year 6).")
    pl.block(h, "J", "Personal budget", "Isla's parents receive a direct payment of £1,200 a year towards after-school childcare with a trained carer.")
    pl.block(h, "K", "Advice and information", ["Parental advice, Mr and Mrs Ferreira, 3 June 2025",
              "Educational psychology advice, Dr Sunita Rao, Educational Psychologist, 10 June 2025",
              "Physiotherapy advice, Gemma Hart, Paediatric Physiotherapist, 12 June 2025",
              "Speech and language therapy advice, Owen Price, Speech and Language Therapist, 9 June 2025", ADVICE_NOTE])
    pl.signature("Karen Blythe", "Senior EHC Coordinator", "26 September 2025", la)
    pl.finish(out)


def plan_caps_titles(out):
    la = "Saltmere County Council"
    pl = Plan("caps-titles", "typical", child("Tyler", "Brooks", "he", "2010-07-02", 10,
              "Harbourside Academy", ["SEMH", "ADHD"], "2025-10-20", "2025-09-17"), la,
              {"feature": "headings are capitalised friendly titles with no section letters",
               "section_style": "bold", "heading_format": "{CAPS TITLE}",
               "outcome_layout": "numbered-typed", "provision_layout": "bullets"}, SINGLE)
    front(pl, "Tyler Brooks", "2 July 2010", "20 October 2025", "17 September 2025", "Harbourside Academy", la)
    h = lambda sid, t, **kw: pl.head(sid, t, style=None, bold=True, size=13, **kw)
    pl.block(h, "A", "ALL ABOUT ME", ["Tyler's words, typed by his key worker in September 2025:",
              "I'm good at fixing bikes and I play rugby for the under-16s.",
              "I hate being told off in front of everyone. I need people to give me a minute.",
              "When I leave school I want to be a motorbike mechanic.",
              "Tyler's dad said Tyler is loyal and practical, and that mornings at home are the hardest part of the day."])
    pl.block(h, "B", "MY NEEDS", ["Tyler has ADHD (diagnosed 2019). He finds it hard to sit still for more than 10 minutes and often calls out. When he is corrected in front of others he shouts or walks out of the lesson; there were 11 walk-outs last half term.",
              "Tyler reads at an age-appropriate level but writes very little: in a 50-minute English lesson he usually writes 2 or 3 sentences."])
    pl.block(h, "C", "HEALTH NEEDS", "Tyler takes medication for ADHD each morning. It is reviewed every 6 months by his paediatrician.")
    pl.block(h, "D", "SOCIAL CARE NEEDS", "The family has worked with Early Help since March 2025 to set up morning routines.")
    h("E", "OUTCOMES")
    pl.item("E", "1. By July 2026, Tyler will arrive at his first lesson on time on at least 9 out of 10 school days, as recorded on the register.")
    pl.item("E", "2. Tyler will manage his anger better.", "not_measurable;not_time_bound")
    pl.item("E", "3. By the end of Year 11 (July 2027), Tyler will travel independently by bus from home to Saltmere College for a taster day, on 2 separate occasions.")
    pl.item("E", "4. Tyler will have access to a mentor to help him with his GCSE coursework by December 2025.", "outcome_is_provision;vague_word:access to")
    pl.item("E", "5. By Easter 2026, Tyler will complete a one-week work experience placement at a garage, attending all 5 days, as recorded by his employer.")
    pl.item("E", "6. Tyler should try to stay in lessons more.", "vague_word:should;not_measurable;not_time_bound")
    h("F", "SPECIAL EDUCATIONAL PROVISION")
    b = "List Bullet"
    pl.item("F", "A daily 15-minute check-in at 8.45am with his key worker, Sean Doyle (learning mentor), to go through his timetable and his movement break card.", style=b)
    pl.item("F", "Movement breaks when needed.", "vague_word:when needed;no_frequency;no_duration;no_deliverer", style=b)
    pl.item("F", "Anger management programme: 6 weekly 45-minute 1:1 sessions delivered by the school counsellor, a BACP-registered counsellor, with a review at the end of the block.", style=b)
    pl.item("F", "Some 1:1 support in English and maths lessons from a teaching assistant.", "vague_word:Some;no_frequency;no_duration", style=b)
    pl.item("F", "25% extra time and a separate room with 1 invigilator in all mock and GCSE examinations, arranged by the exams officer and assessed by the SENCo under JCQ rules.", style=b)
    pl.item("F", "Careers guidance interview, one 45-minute session each term.", "no_deliverer", style=b)
    h("G", "HEALTH PROVISION")
    pl.item("G", "ADHD medication review: one 30-minute appointment every 6 months with the consultant paediatrician at Saltmere Community Paediatrics, commissioned by Saltmere Integrated Care Board.")
    pl.item("G", "CAMHS input as appropriate.", "vague_word:as appropriate;no_frequency;no_duration")
    h("H", "SOCIAL CARE PROVISION")
    pl.item("H", "An Early Help family worker from Saltmere Early Help Service will visit the family at home once a fortnight for 1 hour to help Tyler's parents keep to the morning routine.")
    pl.item("H", "Short breaks TBC.", "placeholder:TBC;no_frequency;no_duration;no_deliverer")
    pl.block(h, "I", "PLACEMENT", "Harbourside Academy, a mainstream secondary academy (11–16).")
    h("J", "PERSONAL BUDGET", status="empty")    # nothing under the heading: section_empty
    pl.block(h, "K", "ADVICE AND INFORMATION", ["Parental advice, Mr Dean Brooks, 2 September 2025",
              "Educational psychology advice, Dr Hannah Webb, Educational Psychologist, 9 September 2025",
              "Medical advice, Dr Kofi Mensah, Consultant Paediatrician, 4 September 2025",
              "Educational advice, Ms Lorna Birch, SENCo, Harbourside Academy, 8 September 2025", ADVICE_NOTE])
    pl.signature("Paul Redfern", "EHC Coordinator", "20 October 2025", la)
    pl.finish(out)


def plan_not_applicable(out):
    la = "Wrenfield Borough Council"
    pl = Plan("not-applicable", "typical", child("Ruby", "Clarke", "she", "2015-11-30", 5,
              "Hawthorn Lane Primary School", ["SpLD"], "2025-10-01", "2025-09-10"), la,
              {"feature": "C, D, G, H1, H2 'Not applicable'/'N/A'; J missing",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L}: {short}",
               "outcome_layout": "numbered-typed", "provision_layout": "numbered-paras"}, SPLIT)
    front(pl, "Ruby Clarke", "30 November 2015", "1 October 2025", "10 September 2025", "Hawthorn Lane Primary School", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s: %s" % (sid, t), **kw)
    pl.block(h, "A", "Views, interests and aspirations", ["Ruby talked to her class teacher about her plan in September 2025.", "I like gymnastics and baking with my nan.",
              "I get cross when the words jump about on the page.", "My dream is to be a gymnastics coach.",
              "Ruby's parents said she works hard and gets tired and upset after school when reading has been difficult."])
    h("B", "Special educational needs")
    nil = "Ruby's hearing and vision were checked by the school nurse in May 2025 and no health needs have been identified that affect her learning."
    pl.paras(["Ruby has dyslexia. Her single-word reading is at the 7th percentile and she reads 31 of the first 100 high-frequency words on sight. She understands stories well when they are read to her.",
              "Ruby finds it hard to remember number facts and to follow written maths problems. She can add 2-digit numbers using a number line.", nil])
    pl.trap("B", "nil statement in another section", nil, "no health needs have been identified")
    for sid, t, na in [("C", "Health needs", "Not applicable"), ("D", "Social care needs", "N/A")]:
        h(sid, t, status="not_applicable")
        pl.para(na)
    h("E", "Outcomes")
    pl.item("E", "E1 By July 2026, Ruby will read 50 of the first 100 high-frequency words on sight in 4 out of 5 weekly checks.")
    pl.item("E", "E2 By [insert date], Ruby will spell 20 words from the Year 3 and 4 statutory word list correctly in a dictated sentence.", "placeholder:[insert date];not_time_bound")
    pl.item("E", "E3 By the end of Year 6 (July 2027), Ruby will solve 2-step word problems using a number line, independently, in 8 out of 10 questions.")
    pl.item("E", "E4 By July 2026, Ruby will understand place value.", "not_measurable")
    pl.item("E", "E5 By the end of the spring term 2026, Ruby will use her coloured overlay and reading ruler without a reminder in all English lessons for 2 consecutive weeks.")
    pl.item("E", "E6 Ruby might be able to write a paragraph of 5 sentences by July 2026.", "vague_word:might")
    h("F", "Special educational provision")
    pl.item("F", "F1. Precision teaching of high-frequency words: 5 x 10-minute 1:1 sessions per week, delivered by a teaching assistant trained in precision teaching by the educational psychologist.")
    pl.item("F", "F2. Ongoing support from the SENCo.", "vague_word:Ongoing;no_frequency;no_duration")
    pl.item("F", "F3. A structured multisensory spelling programme (Nessy), 3 x 20-minute sessions per week in a group of 3 pupils, delivered by a teaching assistant who has completed Nessy training.")
    pl.item("F", "F4. Daily 15-minute maths intervention using Numicon in a group of 4 pupils.", "no_deliverer")
    pl.item("F", "F5. A coloured overlay, a reading ruler and a word mat in every lesson, checked each morning by the class teacher.")
    pl.item("F", "F6. Opportunities to use a laptop for extended writing where possible.", "vague_word:Opportunities to;vague_word:where possible;no_frequency;no_deliverer")
    pl.item("F", "F7. Termly 45-minute consultation between the specialist dyslexia teacher from Wrenfield Learning Support Service, the class teacher and Ruby's parents, to review progress and set the next targets.")
    pl.item("F", "F8. Up to 3 hours per week of teaching assistant support in class.", "vague_word:Up to")
    for sid, t, na in [("G", "Health provision", "Not applicable."), ("H1", "Social care provision (CSDPA 1970, section 2)", "N/A"),
                       ("H2", "Other social care provision", "Not applicable")]:
        h(sid, t, status="not_applicable")
        pl.para(na)
    pl.block(h, "I", "Placement", "Hawthorn Lane Primary School, a mainstream voluntary aided Church of England primary school.")
    pl.missing("J")
    pl.block(h, "K", "Advice and information", ["Parental advice, Mr and Mrs Clarke, 1 July 2025",
              "Educational psychology advice, Dr Laura Kemp, Educational Psychologist, 8 July 2025",
              "Educational advice, Mrs Sian Evans, SENCo, Hawthorn Lane Primary School, 4 July 2025", ADVICE_NOTE])
    pl.signature("Amir Hussain", "EHC Coordinator", "1 October 2025", la)
    pl.finish(out)


def plan_shaded_rows(out):
    la = "Calloway Vale Council"
    pl = Plan("shaded-rows", "typical", child("Chloe", "Barnes", "she", "2008-12-05", 12,
              "Calloway Vale College of Further Education", ["ASD", "SEMH"], "2025-10-09", "2025-06-25"), la,
              {"feature": "one 3-column table; shaded gridSpan rows 'E: Outcomes' as headings",
               "section_style": "table", "heading_format": "{L}: {short}", "band_colour": "1F4E79",
               "outcome_layout": "table", "provision_layout": "table3"}, SPLIT)
    front(pl, "Chloe Barnes", "5 December 2008", "9 October 2025", "25 June 2025",
          "Calloway Vale College of Further Education", la)
    t = pl.table(cols=3)

    def h(sid, title):
        text = "%s: %s" % (sid, title)
        pl.span(t, text, shade_fill="1F4E79", bold=True, color="FFFFFF")
        pl.section(sid, text)

    def narr(*lines):
        for line in lines:
            pl.span(t, line)
    ehdr, phdr = ["Outcome", "By when", "How progress will be measured"], ["Provision", "How often", "Who"]
    sub = lambda hdr: pl.row(t, hdr, shade_fill="DEEAF6", bold=True)
    h("A", "Views, interests and aspirations")
    narr("Chloe wrote her views on her laptop with her learning mentor in June 2025.",
         "I love animals, especially my two rabbits. I'm calm when I am with them.",
         "Busy corridors and people talking over each other make me freeze.",
         "I want to work in an animal rescue centre and live in my own flat one day.",
         "Chloe's mum said Chloe is gentle and hard-working and needs time to get used to new people.")
    h("B", "Special educational needs")
    narr("Chloe is autistic. She finds busy, noisy places overwhelming and may shut down and stop speaking. She needs written instructions and warning of changes.",
         "Chloe has high anxiety, scoring 34 on the RCADS anxiety scale in May 2025. She has not yet travelled to college on her own.")
    h("C", "Health needs")
    narr("Chloe is on the waiting list for the Calloway Vale Young People's Mental Health Service for cognitive behavioural therapy.")
    h("D", "Social care needs")
    narr("Chloe was assessed by the Preparing for Adulthood Team in April 2025. She needs help to take part in community activities.")
    h("E", "Outcomes")
    sub(ehdr)
    pl.trow(t, "E", ehdr, ["Chloe will travel independently by train from home to college on 5 consecutive college days.", "July 2026", "Travel trainer's log"])
    pl.trow(t, "E", ehdr, ["Chloe will order and pay for her lunch in the college canteen without adult help on 4 out of 5 days.", "TBC", "Key worker's weekly record"],
            "not_time_bound@By when;placeholder:TBC@By when")
    pl.trow(t, "E", ehdr, ["Chloe will complete her Level 2 Diploma in Animal Care, attending at least 90% of sessions.", "July 2027", "College attendance and course records"])
    pl.trow(t, "E", ehdr, ["Chloe will feel less anxious at college.", "July 2026", "Chloe's views"], "not_measurable")
    pl.trow(t, "E", ehdr, ["Chloe will use her anxiety app to rate her anxiety and choose a calming strategy on 4 out of 5 recorded occasions.", "Ongoing", "App records reviewed by her mentor"],
            "not_time_bound@By when;vague_word:Ongoing@By when")
    pl.trow(t, "E", ehdr, ["Chloe will plan, shop for and cook a 2-course meal for 4 people with no more than 2 prompts.", "End of the summer term 2026", "Independent living tutor's checklist"])
    h("F", "Special educational provision")
    sub(phdr)
    pl.trow(t, "F", phdr, ["1:1 mentoring session to plan her week and practise strategies from her anxiety plan", "Every Monday, 30 minutes", "Named learning mentor trained in autism (Level 3)"])
    pl.trow(t, "F", phdr, ["Access to a quiet room", "As required", "College staff"],
            "vague_word:Access to@Provision;vague_word:As required@How often;no_frequency@How often;no_deliverer@Who")
    pl.trow(t, "F", phdr, ["Travel training on the train route from home to college", "2 sessions per week, 90 minutes each, for the autumn term", "Calloway Vale Independent Travel Training Team (qualified travel trainer)"])
    pl.trow(t, "F", phdr, ["In-class support in Animal Care practical sessions", "Regularly", "Learning support assistant"],
            "vague_word:Regularly@How often;no_frequency@How often;no_duration@How often")
    pl.trow(t, "F", phdr, ["Independent living skills group: budgeting, shopping and cooking, in a group of 6 students", "Weekly, 2 hours", "Independent living tutor with a Level 3 qualification in supporting learners with SEND"])
    pl.trow(t, "F", phdr, ["Visit to the exam room before each assessment and a separate room for assessments", "Before each assessment, 20 minutes", "-"], "no_deliverer@Who")
    h("G", "Health provision")
    sub(phdr)
    pl.trow(t, "G", phdr, ["Cognitive behavioural therapy for anxiety from the Calloway Vale Young People's Mental Health Service, commissioned by Calloway Vale Integrated Care Board", "12 weekly sessions of 50 minutes", "HCPC-registered clinical psychologist"])
    pl.trow(t, "G", phdr, ["Annual health check", "Once a year", ""], "no_deliverer@Who")
    h("H1", "Social care provision (CSDPA 1970, section 2)")
    sub(phdr)
    pl.trow(t, "H1", phdr, ["A personal assistant for community activities (trampolining club)", "Every Saturday, 3 hours", "Personal assistant employed through a direct payment from Calloway Vale Children's Social Care"])
    h("H2", "Other social care provision")
    sub(phdr)
    pl.trow(t, "H2", phdr, ["Transition planning with social care", "When necessary", "Social worker"], "vague_word:When necessary@How often;no_frequency@How often")
    h("I", "Placement")
    narr("Calloway Vale College of Further Education, a general further education college.")
    h("J", "Personal budget")
    narr("Chloe's mum receives a direct payment of £2,340 a year to employ the personal assistant in H1.")
    h("K", "Advice and information")
    narr("Advice from Chloe and her mother, Mrs Lisa Barnes, 10 June 2025",
         "Educational psychology advice, Dr Fiona Grant, Educational Psychologist, 16 June 2025",
         "Social care advice, Marcus Bell, Social Worker, Preparing for Adulthood Team, 12 June 2025",
         "Educational advice, Jo Whitaker, Additional Learning Support Manager, Calloway Vale College, 13 June 2025", ADVICE_NOTE)
    pl.para("")
    pl.signature("Gail Summers", "EHC Coordinator", "9 October 2025", la)
    pl.finish(out)


def plan_combined_heading(out):
    la = "Harrowdene Council"
    pl = Plan("combined-heading", "typical", child("Zara", "Ahmed", "she", "2017-06-18", 3,
              "Linden Grove Primary School", ["HI", "SLCN"], "2025-11-12", "2025-10-15"), la,
              {"feature": "combined headings 'Sections E and F' (2-column table) and 'Section H1/H2'",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L}: {short}",
               "outcome_layout": "table-with-provision", "provision_layout": "table2"}, SPLIT)
    front(pl, "Zara Ahmed", "18 June 2017", "12 November 2025", "15 October 2025", "Linden Grove Primary School", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s: %s" % (sid, t), **kw)
    pl.block(h, "A", "Views, interests and aspirations", ["Zara shared her views with her Teacher of the Deaf in October 2025, using signs and speech.",
              "I like drawing, swimming and my little brother.", "I don't like it when everyone talks at once.",
              "When I am older I want to be an artist.",
              "Zara's parents said that Zara is bright and funny and they want her to keep up with her friends."])
    pl.block(h, "B", "Special educational needs", ["Zara has a moderate bilateral hearing loss and wears hearing aids. She misses much of what is said in group discussions and at a distance. Her vocabulary is at the 10th percentile (BPVS, September 2025).",
              "Zara can retell events in 2 or 3 steps but leaves out key details. She relies on lip-reading and visual cues."])
    pl.block(h, "C", "Health needs", "Zara's hearing is reviewed every 6 months by the Harrowdene Children's Hearing Centre.")
    pl.block(h, "D", "Social care needs", "The family would like Zara to take part in a club with other deaf children at weekends.")
    pl.head(["E", "F"], "Sections E and F: Outcomes and provision", combined=["E", "F"])
    hdr = ["Outcome", "Provision"]
    t = pl.table(hdr)
    for outcome, d_out, prov, d_prov in [
        ("By July 2026, Zara will hand her radio aid transmitter to each new adult at the start of a lesson, without a reminder, in 9 out of 10 lessons.", "",
         "A radio aid system, worn in every lesson and checked each morning by a teaching assistant trained by the Qualified Teacher of the Deaf.", ""),
        ("Zara will receive visits from the Teacher of the Deaf.", "outcome_is_provision;not_time_bound",
         "Teacher of the Deaf visits as required.", "vague_word:as required;no_frequency;no_duration"),
        ("By the end of the spring term 2026, Zara will retell a short story in 4 events in the correct order, using a story map, in 3 out of 4 sessions.", "",
         "Narrative intervention: 3 x 20-minute sessions per week in a group of 3 pupils, delivered by a teaching assistant trained by the speech and language therapist.", ""),
        ("By July 2026, Zara will develop her vocabulary.", "not_measurable",
         "Pre-teaching of new topic vocabulary by a teaching assistant, 15 minutes.", "no_frequency"),
        ("By July 2026, Zara will ask a peer to repeat something she has not heard, in 3 out of 4 observed group activities.", "",
         "Opportunities to practise listening in a quiet room.", "vague_word:Opportunities to;no_frequency;no_duration;no_deliverer"),
        ("By July 2026, Zara could join a lunchtime club with 2 friends once a week.", "vague_word:could",
         "A place in the Friday lunchtime deaf-aware games club for 30 minutes each week, run by the higher level teaching assistant, who holds a Level 2 BSL qualification.", "")]:
        pl.row(t, [outcome, prov])
        cells = dict(zip(hdr, [outcome, prov]))
        pl.stmt("E", outcome, d_out, cells=cells, main="Outcome")
        pl.stmt("F", prov, d_prov, cells=cells, main="Provision")
    h("G", "Health provision")
    pl.item("G", "Audiology review at the Harrowdene Children's Hearing Centre: one 45-minute appointment every 6 months with an NHS paediatric audiologist, commissioned by Harrowdene Integrated Care Board.")
    pl.item("G", "Speech and language therapy may be provided by the NHS.", "vague_word:may;no_frequency;no_duration;no_deliverer")
    pl.head(["H1", "H2"], "Section H1/H2 – Social care provision", combined=["H1", "H2"])
    hdr = ["Section", "Provision", "How often and for how long", "Provided by"]
    t = pl.table(hdr)
    pl.trow(t, "H1", hdr, ["H1", "Short breaks: a place at the Saturday deaf children's club at Linden Leisure Centre", "Every other Saturday, 4 hours", "Harrowdene Disabled Children's Team, staffed by support workers with Level 2 BSL"], main=1)
    pl.trow(t, "H2", hdr, ["H2", "Family support from the Early Help Service to find signing classes for the family", "TBC", "Harrowdene Early Help Service"],
            "no_frequency@How often and for how long;no_duration@How often and for how long;placeholder:TBC@How often and for how long", main=1)
    pl.para("")
    pl.block(h, "I", "Placement", "Linden Grove Primary School, a mainstream community primary school with a resourced provision for deaf children.")
    pl.block(h, "J", "Personal budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", ["Parental advice, Mr and Mrs Ahmed, 15 September 2025",
              "Advice from the Qualified Teacher of the Deaf, Sarah Quinn, Harrowdene Sensory Support Service, 22 September 2025",
              "Educational psychology advice, Dr Peter Lowe, Educational Psychologist, 24 September 2025",
              "Audiology advice, Nadia Karim, Paediatric Audiologist, 18 September 2025", ADVICE_NOTE])
    pl.signature("Rebecca Stone", "EHC Coordinator", "12 November 2025", la)
    pl.finish(out)


def plan_traps(out):
    la = "Ashcombe County Council"
    pl = Plan("traps", "clean", child("Jack", "Pearson", "he", "2015-01-22", 6,
              "Greenacre Primary School", ["PD", "DCD"], "2025-06-16", "2025-05-21"), la,
              {"feature": "clean plan full of false-positive traps",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L}: {short}",
               "outcome_layout": "paragraphs", "provision_layout": "paragraphs", "run_splitting": True}, SPLIT)
    front(pl, "Jack Pearson", "22 January 2015", "16 June 2025", "21 May 2025", "Greenacre Primary School", la)
    h = lambda sid, t: pl.head(sid, "Section %s: %s" % (sid, t))
    pl.block(h, "A", "Views, interests and aspirations", ["Jack told his teaching assistant what he wanted in his plan in May 2025.",
              "I like Lego, football on the computer and my dog Pickle.", "I want to be a games designer when I'm older.",
              "Jack's parents said that Jack has a great sense of humour and wants to do things for himself."])
    h("B", "Special educational needs")
    b1 = "Section B should be read alongside the advice listed in Section K."
    b2 = "Section F below sets out the provision that will meet each of the needs described here."
    b3 = "Jack has right-sided hemiplegia and dyspraxia. He may tire quickly by the afternoon, when his handwriting becomes hard to read."
    b4 = "Jack types at 8 words per minute. With a laptop and his seating plan, Jack has full access to the curriculum."
    pl.paras([b1, b2, b3, b4])
    pl.trap("B", "heading-like body text", b1, "Section B should")
    pl.trap("B", "heading-like body text", b2, "Section F below")
    pl.trap("B", "hedge word outside provision", b3, "may")
    pl.trap("B", "access to the curriculum", b4, "access to the curriculum")
    h("C", "Health needs")
    c1 = "Jack's physiotherapist advises that he should wear his ankle splint throughout the school day."
    pl.para(c1)
    pl.trap("C", "hedge word outside provision", c1, "should")
    h("D", "Social care needs")
    d1 = "Jack may need more help with personal care as he gets older, and his parents have asked for an assessment of the home."
    pl.para(d1)
    pl.trap("D", "hedge word outside provision", d1, "may")
    h("E", "Outcomes")
    e1 = pl.item("E", "By May 2026, Jack will type a 100-word paragraph on his laptop in 10 minutes with no more than 2 spelling errors, in 3 out of 4 weekly checks.")
    pl.trap("E", "May (month)", e1["text"], "May 2026")
    pl.item("E", "By July 2026, Jack will put on and fasten his coat independently within 3 minutes before every break time for 2 consecutive weeks.")
    pl.item("E", "By the end of Year 6 (July 2026), Jack will move between lessons with his class using his walking stick, without adult help, at 9 out of 10 lesson changes.")
    e4 = pl.item("E", "By May 2026, Jack will complete his 10-minute stretching routine, naming each stretch, with no more than one prompt on 4 days out of 5.")
    pl.trap("E", "May (month)", e4["text"], "May 2026")
    pl.item("E", "By the time he moves to Ashcombe Vale Academy in September 2026, Jack will find his way from the main entrance to 4 key rooms using a map, independently, on 2 visits.")
    h("F", "Special educational provision")
    f1 = ["A 1:1 stretching programme for hips, knees and shoul", "ders set by the NHS paediatric physiotherapist: 15 minutes every school day, delivered by a teaching assistant trained by the physiotherapist."]
    s = pl.item("F", "".join(f1), parts=f1)
    pl.trap("F", "shoulders", s["text"], "shoulders")
    pl.item("F", "Touch-typing programme (Nessy Fingers): 4 x 15-minute 1:1 sessions per week, delivered by a teaching assistant, with progress checked each half term by the SENCo.")
    pl.item("F", "A laptop with word prediction software for all written work in every lesson, set up by the school's ICT technician and checked each Monday by the class teacher.")
    pl.item("F", "Occupational therapy: one 45-minute 1:1 session every half term from an HCPC-registered occupational therapist (Ashcombe Children's Therapy Service), who will set a daily handwriting and dressing programme.")
    pl.item("F", "A daily 10-minute sensory circuit before registration, delivered 1:1 by a teaching assistant trained by the occupational therapist.")
    pl.item("F", "An adult escort on the stairs at every lesson change, provided by a teaching assistant trained in moving and handling.")
    f7 = "The SENCo will keep Jack's provision map up to date and share it with his parents each term."
    pl.para(f7)
    pl.trap("F", "up to date", f7, "up to date")
    h("G", "Health provision")
    pl.item("G", "Physiotherapy review: one 60-minute visit to school each term by an NHS paediatric physiotherapist, commissioned by Ashcombe Integrated Care Board, to update Jack's programme and train the teaching assistant.")
    h("H1", "Social care provision (section 2 CSDPA 1970)")
    pl.item("H1", "Short breaks: one 6-hour Saturday session each month at the Ashcombe Adventure Playground, provided by the Ashcombe Children with Disabilities Team with 1:1 help from a trained play worker.")
    h("H2", "Other social care provision")
    pl.item("H2", "An occupational therapist from Ashcombe Children's Social Care will assess the family home for adaptations by 31 January 2026 and write a report within 4 weeks of the visit.")
    pl.block(h, "I", "Placement", "Greenacre Primary School, a mainstream community primary school, until July 2026; then Ashcombe Vale Academy, a mainstream secondary academy.")
    pl.block(h, "J", "Personal budget", "Jack's parents receive a direct payment of £960 a year for the short breaks in Section H1.")
    pl.block(h, "K", "Advice and information", ["Parental advice, Mr and Mrs Pearson, 2 April 2025",
              "Educational psychology advice, Dr Alan Frost, Educational Psychologist, 9 April 2025",
              "Physiotherapy advice, Megan Lyle, Paediatric Physiotherapist, 3 April 2025",
              "Occupational therapy advice, Tariq Aziz, Occupational Therapist, 7 April 2025", ADVICE_NOTE])
    pl.signature("Diane Hollis", "EHC Coordinator", "16 June 2025", la)
    app = "Appendix A: Reports"
    pl.para(app, style="Heading 1")
    pl.trap("K", "heading-like appendix", app, "Appendix A")
    pl.paras(["Educational psychology report, Dr Alan Frost, April 2025", "Physiotherapy report, Megan Lyle, April 2025"])
    pl.finish(out)


# ---------------------------------------------------------------- held-out wording plans
# Written independently of the rule pack, in wording and layouts that neither the public corpus
# nor the plans above use, to test the rules on text they were not written against.

def lead_item(pl, sid, label, rest, dspec="", **extra):
    """A paragraph whose first words are a bold label run ('Portage home visits: '), then plain text."""
    p = pl.doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(rest)
    return pl.stmt(sid, label + rest, dspec, **extra)


def plan_held_out_1(out):
    la = "Elmsworth Borough Council"
    pl = Plan("held-out-1", "typical", child("Maya", "Adeyemi", "she", "2018-01-23", 3,
              "Cedar Park Primary School", ["VI"], "2025-10-08", "2025-09-17"), la,
              {"feature": "held-out wording: visual impairment; outcomes table with short-term targets; 6-column provision table",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L}: {possessive title}",
               "outcome_layout": "table (Long-term outcome | Short-term targets | Target date)",
               "provision_layout": "table6 (Area of need | Provision | Staffing | Frequency | Duration | Monitoring)"},
              SPLIT, font="Verdana")
    front(pl, "Maya Adeyemi", "23 January 2018", "8 October 2025", "17 September 2025", "Cedar Park Primary School", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s: %s" % (sid, t), **kw)
    pl.block(h, "A", "Maya's views, interests and aspirations", [
        "Maya chose to talk about herself to her QTVI while they read her favourite tactile book together in September 2025. These are her words.",
        "I love singing, riding my scooter and playing with my baby cousin Tolu.",
        "I don't like it when the sun is bright in the playground. I can't see my friends' faces, so I don't know who to play with.",
        "When I grow up I want to be a singer on the telly.",
        "Maya's mum and dad said Maya is chatty, musical and brave. They want her to read the same books as her friends and, when she is older, to walk to the park on her own."])
    pl.block(h, "B", "Maya's special educational needs", [
        "Maya has oculocutaneous albinism and nystagmus. Her distance vision is 6/36 with her glasses and she reads N24 print comfortably at about 10 cm. She cannot see the whiteboard from her seat or recognise faces across the playground.",
        "Bright light is painful for Maya, and glare from glossy paper makes print harder for her to read.",
        "On a 24-point Year 2 text Maya reads 35 words per minute with 92% accuracy, which is below age-related expectations; her understanding of stories read to her is a strength. She handwrites slowly and her letters vary a lot in size.",
        "Maya moves confidently in rooms she knows but has tripped on the steps to the hall twice this term, and she does not yet know her way around the upper school corridor.",
        "Maya is sociable with adults but often plays alone at break because she cannot find her friends."])
    pl.block(h, "C", "Maya's health needs", "Maya is seen every 6 months at the Elmsworth Hospital Paediatric Eye Clinic. Her skin burns easily, so she wears sun cream, a hat and tinted glasses outside.")
    pl.block(h, "D", "Maya's social care needs", "Maya lives with her parents and her older brother. Her parents asked for help to find a club where Maya can play safely, and the Elmsworth Disabled Children's Service assessed her in July 2025.")
    pl.block(h, "E", "Outcomes for Maya", "Maya's class teacher and the QTVI will agree Maya's short-term targets with her parents each term. The table shows the targets for this year.")
    ehdr = ["Long-term outcome", "Short-term targets", "Target date"]
    t = pl.table(ehdr, shade_fill="E2EFD9")
    s = pl.trow(t, "E", ehdr, ["Maya will read a page of 24-point print from her reading book aloud at 60 words per minute with at least 90% accuracy.",
                               ["December 2025: reads a 24-point text at 40 words per minute with 90% accuracy.",
                                "April 2026: reads a 24-point text at 50 words per minute with 90% accuracy."], "July 2026"],
                steps=["December 2025: reads a 24-point text at 40 words per minute with 90% accuracy.",
                       "April 2026: reads a 24-point text at 50 words per minute with 90% accuracy."])
    pl.trap("E", "name containing 'may'", s["text"], "Maya")
    pl.trow(t, "E", ehdr, ["Maya will find her way from her classroom to the hall, the library, the toilets and the playground door independently, using the tactile markers, on 5 consecutive school days.",
                           ["Walks the route to the toilets with her habilitation specialist and names each tactile marker on the way.",
                            "Walks 2 of the 4 routes with an adult 2 metres behind her, without being told the way."], "End of the spring term 2026"],
            steps=["Walks the route to the toilets with her habilitation specialist and names each tactile marker on the way.",
                   "Walks 2 of the 4 routes with an adult 2 metres behind her, without being told the way."])
    pl.trow(t, "E", ehdr, ["Maya will feel happier and more confident at playtimes.", "Maya will get to know the playground better.", "July 2026"],
            "not_measurable", steps=["Maya will get to know the playground better."])
    pl.trow(t, "E", ehdr, ["Maya will use the magnifier app on her iPad to read the board and copy a 3-line learning objective into her book, in 4 out of 5 lessons observed by her QTVI.",
                           ["Opens the magnifier app and zooms in on the board within 1 minute of being asked, in 3 out of 5 lessons.",
                            "Copies the date and title from the board using the app, in 4 out of 5 lessons."], "End of Year 3 (July 2026)"],
            steps=["Opens the magnifier app and zooms in on the board within 1 minute of being asked, in 3 out of 5 lessons.",
                   "Copies the date and title from the board using the app, in 4 out of 5 lessons."])
    pl.trow(t, "E", ehdr, ["Maya needs access to a laptop with screen magnification software in every lesson.", "", "Ongoing"],
            "outcome_is_provision;vague_word:access to;not_time_bound@Target date;vague_word:Ongoing@Target date")
    pl.trow(t, "E", ehdr, ["Maya will touch-type 15 words per minute with 90% accuracy on the home-row keys without looking at the keyboard.",
                           ["Types the home-row letters in a 2-minute check with 90% accuracy (December 2025).",
                            "Types 10 words per minute with 90% accuracy (March 2026)."], "July 2026"],
            steps=["Types the home-row letters in a 2-minute check with 90% accuracy (December 2025).",
                   "Types 10 words per minute with 90% accuracy (March 2026)."])
    pl.trow(t, "E", ehdr, ["Maya will continue to develop her independence in the dinner hall.", "Maya will become more independent at lunchtime.", ""],
            "not_measurable;not_time_bound@Target date", steps=["Maya will become more independent at lunchtime."])
    pl.para("")
    phdr = ["Area of need", "Provision", "Staffing", "Frequency", "Duration", "Monitoring"]
    prow = lambda t, sid, values, d="": pl.trow(t, sid, phdr, values, d, main=1)
    h("F", "Special educational provision for Maya")
    t = pl.table(phdr, shade_fill="E2EFD9")
    prow(t, "F", ["Sensory (vision)", "Touch-typing lessons with EnglishType Junior on her laptop, at 2x screen magnification",
                  "Teaching assistant trained by the QTVI, working 1:1", "3 times a week", "20 minutes",
                  "The QTVI checks Maya's speed and accuracy each half term"])
    s = prow(t, "F", ["Sensory (vision)", "Teaching visits from a Qualified Teacher of Children and Young People with Vision Impairment (QTVI), to teach Maya to use her magnifier app and to show her teacher how to make age-appropriate large-print copies of class texts",
                      "QTVI with the Mandatory Qualification, Elmsworth Sensory Support Service", "Every half term", "3 hours (half a school day)",
                      "The QTVI sends a written visit report to the SENCo and Maya's parents after each visit"])
    pl.trap("F", "age-appropriate", s["text"], "age-appropriate")
    prow(t, "F", ["Sensory (vision)", "Worksheets, books and displays modified to N24 bold print on matt cream paper", "Class teacher",
                  "As and when staff feel it is needed", "-", "SENCo"],
         "vague_word:As and when@Frequency;no_frequency@Frequency")
    prow(t, "F", ["Sensory (vision) and independence", "Habilitation training: learning routes around school with a long cane and the tactile markers, and practising road crossings on the walk to the park",
                  "Qualified habilitation specialist, Elmsworth Sensory Support Service, 1:1", "Weekly in the autumn and spring terms", "45 minutes",
                  "Route checklist reviewed by the habilitation specialist at the end of each term"])
    prow(t, "F", ["Cognition and learning", "Some 1:1 time to go over new vocabulary and enlarged pictures before lessons",
                  "Teaching assistant", "Daily", "", "Class teacher"],
         "vague_word:Some@Provision;no_duration@Duration")
    prow(t, "F", ["Physical (handwriting)", "Input from therapy services for handwriting and pencil grip", "Therapy services", "Termly", "-", "-"],
         "vague_word:Input from therapy services@Provision;no_deliverer@Staffing;no_duration@Duration")
    prow(t, "F", ["Social, emotional and mental health", "Friendship group to practise finding friends and joining games on the playground",
                  "ELSA-trained teaching assistant", "Every Wednesday lunchtime", "30 minutes", "ELSA records, reviewed each term by the SENCo"],
         "no_group_size@Provision")
    prow(t, "F", ["Sensory (vision)", "A laptop with ZoomText magnification, a sloping desk and a desk lamp at her table",
                  "Set up by the school's ICT technician and checked each Monday by the class teacher", "In every lesson", "Whole school day",
                  "The QTVI checks the set-up each half term"])
    pl.para("")
    f_note = "The SENCo will keep an up-to-date risk assessment of Maya's routes around the school and for each school trip."
    pl.para(f_note)
    pl.trap("F", "up-to-date", f_note, "up-to-date")
    h("G", "Health provision")
    t = pl.table(phdr, shade_fill="E2EFD9")
    prow(t, "G", ["Health (vision)", "Eye examination and review of her glasses and tinted lenses at the Elmsworth Hospital Paediatric Eye Clinic, commissioned by Elmsworth and Downland Integrated Care Board",
                  "Consultant paediatric ophthalmologist and orthoptist", "Every 6 months", "One 60-minute appointment",
                  "Clinic letter to Maya's parents, her GP and the QTVI after each appointment"])
    prow(t, "G", ["Health (vision)", "Low vision aids assessment and periodic review", "Health", "-", "-", "-"],
         "vague_word:periodic@Provision;no_frequency@Frequency;no_duration@Duration;no_deliverer@Staffing")
    pl.para("")
    h("H1", "Social care provision under the Chronically Sick and Disabled Persons Act 1970")
    t = pl.table(phdr, shade_fill="E2EFD9")
    s = prow(t, "H1", ["Social care", "Short breaks: a place at the Saturday Stars play club at Elmsworth Leisure Centre, which has step-free access to the sensory room and a Changing Places toilet",
                       "Elmsworth Disabled Children's Service; play workers trained in vision impairment awareness, 1 worker to 3 children",
                       "Every other Saturday in term time", "3 hours", "Reviewed by the social worker at each annual review"])
    pl.trap("H1", "step-free access", s["text"], "step-free access to")
    pl.para("")
    h("H2", "Other social care provision")
    t = pl.table(phdr, shade_fill="E2EFD9")
    prow(t, "H2", ["Social care", "Maya's family may benefit from a carer's assessment.", "", "", "", ""],
         "vague_word:may@Provision;no_deliverer@Staffing;no_frequency@Frequency")
    pl.para("")
    pl.block(h, "I", "School", "Cedar Park Primary School, Lime Walk, Elmsworth: a mainstream community primary school.")
    pl.block(h, "J", "Personal budget", "Maya's parents asked for a personal budget for the habilitation training in Section F. The council has agreed a notional budget of £1,400 a year, which Elmsworth Sensory Support Service manages for the family.")
    pl.block(h, "K", "Advice and information", [
        "Parental advice, Mr and Mrs Adeyemi, 1 September 2025",
        "Advice from the Qualified Teacher of Children and Young People with Vision Impairment, Hannah Lowry, Elmsworth Sensory Support Service, 4 September 2025",
        "Habilitation advice, Carl Jennings, Habilitation Specialist, Elmsworth Sensory Support Service, 5 September 2025",
        "Educational psychology advice, Dr Isaac Bamford, Educational Psychologist, 9 September 2025",
        "Medical advice, Ms Rukhsana Ali, Consultant Paediatric Ophthalmologist, 29 August 2025",
        "Educational advice, Mrs Joy Whitfield, SENCo, Cedar Park Primary School, 3 September 2025",
        "Social care advice, Dean Okoro, Social Worker, Elmsworth Disabled Children's Service, 11 September 2025", ADVICE_NOTE])
    pl.signature("Lorraine Pike", "EHC Coordinator", "8 October 2025", la)
    pl.finish(out)


def plan_held_out_2(out):
    la = "Greywater City Council"
    pl = Plan("held-out-2", "typical", child("Ellis", "Brennan", "he", "2013-02-02", 8,
              "Ashdown Park Academy", ["ASD", "SEMH"], "2025-11-03", "2025-10-08"), la,
              {"feature": "held-out wording: autism with a demand-avoidant (PDA) profile; bold headings; provision in flowing prose",
               "section_style": "bold", "heading_format": "Section {L}: {short}",
               "outcome_layout": "numbered-auto ('%1.'), 'By the end of Year 9, Ellis will …' plus other shapes",
               "provision_layout": "prose paragraphs (2-3 sentences each)"}, SPLIT, font="Georgia")
    front(pl, "Ellis Brennan", "2 February 2013", "3 November 2025", "8 October 2025", "Ashdown Park Academy", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s: %s" % (sid, t), style=None, bold=True, size=12, **kw)
    pl.block(h, "A", "Views, interests and aspirations", [
        "Ellis talked to his key adult while they played a card game in September 2025, and she wrote down what he said.",
        "I'm into coding. I've made two games on Scratch and I'm learning Python. I like cats more than people, mostly.",
        "If someone tells me I have to do something, my brain just says no. It's not me being rude.",
        "I want to make video games for a job and have my own flat with a cat.",
        "Ellis's dad said Ellis is funny, clever and gentle with animals. The family want him back in school every day without mornings ending in a meltdown."])
    pl.block(h, "B", "Special educational needs", [
        "Ellis is autistic with a demand-avoidant profile (Greywater Neurodevelopmental Service, February 2024). Direct requests, even for things he wants to do, raise his anxiety quickly; he then refuses, changes the subject or leaves the room. When his anxiety is very high he hides in the toilets.",
        "Ellis's attendance this term is 46%. He usually manages 2 full days a week; on the other days he does not get out of the car.",
        "Ellis reads fluently (standardised score 104, September 2025) and his maths is in line with age-related expectations, but he has written very little in Year 8 because he refuses tasks that look long.",
        "Ellis has one close friend in his year group. He finds busy corridors and the dining hall overwhelming."])
    pl.block(h, "C", "Health needs", "Ellis has high anxiety and sleeps poorly, often falling asleep after midnight. He sees his GP every 3 months and is on the waiting list for the CAMHS Neurodevelopmental Team.")
    pl.block(h, "D", "Social care needs", "An assessment by the Greywater Disabled Children's Team in June 2025 found that Ellis has no activities outside the home and that his parents, who both work, need a break from caring at weekends.")
    h("E", "Outcomes")
    pl.para("Ellis's key adult and the SENCo will set short-term targets with Ellis each half term and send them to his parents. The outcomes below run to the end of Year 9.")
    num = add_numbering(pl.doc, "decimal", "%1.")
    item = lambda text, d="": pl.item("E", text, d, num=num,
                                      num_label="%d." % (len(pl.secs["E"]["statements"]) + 1))
    item("By the end of Year 9, Ellis will attend school for at least 4 full days a week for 6 consecutive weeks, as shown on the attendance register.")
    item("By the end of Year 9, Ellis will tell his key adult which of 2 tasks he wants to start with, using his choice card, on 4 out of 5 mornings.")
    item("Ellis will make good progress in his writing by the end of Year 9.", "not_measurable")
    item("By the end of Year 9, Ellis will stay in his science lesson for the whole 50 minutes, with his exit card on the desk, in 8 out of 10 science lessons.")
    item("Ellis will feel happier about school.", "not_measurable;not_time_bound")
    item("Ellis will be given a quiet space to go to when he becomes overwhelmed, by the end of the autumn term 2025.", "outcome_is_provision")
    item("By the end of Year 9, Ellis will cook pasta with a sauce at home from a picture recipe, without an adult prompt, on 3 occasions recorded by his parents.")
    item("Ellis might join a lunchtime club with a friend by the end of Year 9.", "vague_word:might")
    h("F", "Special educational provision")
    pl.para("Each paragraph below is one part of Ellis's provision. Ellis's key adult, Mrs Dana Kowalski, keeps a record of what happens and the SENCo reviews it with Ellis's parents every half term.")
    f1 = pl.item("F", "Ellis will have a 20-minute session with a trained ELSA each Tuesday afternoon, in the Mayflower Room, a quiet room away from the class. The ELSA will use the Zones of Regulation to help Ellis name how he is feeling and plan what he will do next, and will write up each session in his ELSA log. The school's educational psychologist will supervise the ELSA once every half term.")
    pl.trap("F", "name containing 'may'", f1["text"], "Mayflower")
    pl.item("F", "Each morning at 8.40am Ellis will be met at the side gate by his key adult, Mrs Kowalski, a teaching assistant who has completed the PDA Society's two-day training. She will spend 10 minutes with him in the library, where he will choose the order of his first two tasks from a written menu.")
    pl.item("F", "A teaching assistant trained in declarative language will go through Ellis's timetable for the next day with him every Thursday and Friday afternoon. Any change will be marked on his written timetable in green.", "no_duration")
    pl.item("F", "Ellis will be offered regular opportunities to take part in small-group work with peers who share his interest in coding. This will help him to build friendships.",
            "vague_word:regular;vague_word:opportunities to;no_frequency;no_duration;no_deliverer;no_group_size")
    f5 = pl.item("F", "In every lesson, Ellis's teachers will phrase requests as statements or choices instead of commands, so that \"You should start the worksheet now\" becomes \"The worksheet is on your table when you're ready\", following the declarative language guide written by the educational psychologist. The SENCo will observe 2 of Ellis's lessons each half term to check this is happening and will give feedback to his teachers.")
    pl.trap("F", "hedge word in quoted speech", f5["text"], "\"You should start the worksheet now\"")
    pl.item("F", "Ellis will take part in a Lego-based therapy group with 2 other pupils every Wednesday for 40 minutes. The group will use his interest in building to practise taking turns and sharing the roles of engineer, supplier and builder.", "no_deliverer")
    pl.item("F", "Where possible, an adult will stay near Ellis at lunchtimes and step in if a game starts to go wrong. This will help Ellis to keep his friendships going.", "vague_word:Where possible;no_deliverer")
    pl.item("F", "Ellis will be taught for 3 lessons of 50 minutes each week in the school's Base, a class of 6 pupils taught by a qualified teacher who holds a specialist postgraduate certificate in autism. In these lessons he will follow the Year 8 English and maths curriculum with his work broken into 10-minute tasks.")
    h("G", "Health care provision")
    pl.item("G", "Ellis will have a 50-minute session of cognitive behavioural therapy, adapted for autistic young people, with a clinical psychologist from the Greywater CAMHS Neurodevelopmental Team every Monday at 9am for 12 weeks, starting in January 2026. The service is commissioned by Greywater and Vale Integrated Care Board, and the psychologist will write to the school and to Ellis's parents at the end of the 12 weeks.")
    pl.item("G", "Ellis may benefit from a referral to the CAMHS sleep clinic for advice about his sleep. His GP will be asked to consider this.", "vague_word:may;no_frequency")
    h("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)")
    pl.item("H1", "Ellis will spend every other Saturday, from 10am to 3pm, at the Greywater Young People's Activity Hub with 1:1 support from a short breaks worker who has completed autism and PDA training. The short break is provided by the Greywater Disabled Children's Team.")
    h("H2", "Other social care provision")
    pl.item("H2", "The Greywater Carers' Centre will complete a carer's assessment for Ellis's parents by [insert date]. The outcome will be shared at Ellis's next review.", "placeholder:[insert date];no_frequency")
    pl.block(h, "I", "Placement", "Ashdown Park Academy, a mainstream secondary academy (11–18) with a resourced base for autistic pupils.")
    pl.block(h, "J", "Personal budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Advice from Ellis and his parents, Mr and Mrs Brennan, 15 September 2025",
        "Educational psychology advice, Dr Nadia Farouk, Educational Psychologist, 19 September 2025",
        "Educational advice, Mr Gareth Lyle, SENCo, Ashdown Park Academy, 17 September 2025",
        "Medical advice, Dr Helen Aske, Community Paediatrician, 22 September 2025",
        "Social care advice, Priti Sandhu, Social Worker, Greywater Disabled Children's Team, 24 September 2025", ADVICE_NOTE])
    pl.signature("Owen Ridley", "EHC Coordinator", "3 November 2025", la)
    pl.finish(out)


def plan_held_out_3(out):
    la = "Ravensmoor Metropolitan Borough Council"
    pl = Plan("held-out-3", "typical", child("Priya", "Chauhan", "she", "2008-10-14", 12,
              "Ravensmoor College", ["PD", "SLCN"], "2025-11-20", "2025-06-25"), la,
              {"feature": "held-out wording: post-16 (age 17, college), cerebral palsy; first-person preparing-for-adulthood outcomes; education, health (ICB) and social care (direct payment, PA hours) provision",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L} — {short} (em dash)",
               "subheadings": "Heading 2 preparing-for-adulthood areas in E and F",
               "outcome_layout": "area-paragraphs, first person ('By July 2026, I will …')",
               "provision_layout": "table4 (What I will get | When and how much | Who will provide it | Who pays)"},
              SPLIT, font="Calibri")
    front(pl, "Priya Chauhan", "14 October 2008", "20 November 2025", "25 June 2025", "Ravensmoor College", la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s — %s" % (sid, t), **kw)
    sub = lambda t: pl.para(t, style="Heading 2")
    pl.block(h, "A", "My views, interests and aspirations", [
        "I wrote this section myself with speech-to-text in October 2025. My learning support assistant checked the words with me.",
        "I'm 17 and in my first year at Ravensmoor College, doing Business and IT. I play wheelchair rugby on Wednesdays and I love K-pop and horror films.",
        "People talk to my mum instead of me. Please talk to me. If you don't understand me, ask me to say it again or to type it.",
        "My goal is to work in an office, maybe at the hospital, and one day to share a flat with my friend Hana.",
        "My mum, Meena, said: \"We want Priya to have a life of her own, with her own friends and her own money, and not to rely on us for everything.\""])
    pl.trap("A", "maybe in section A", "My goal is to work in an office, maybe at the hospital, and one day to share a flat with my friend Hana.", "maybe")
    pl.block(h, "B", "My special educational needs", [
        "Priya has cerebral palsy (spastic quadriplegia, GMFCS level IV). She drives a powered wheelchair with a joystick at college and in the community.",
        "Priya's speech is affected by dysarthria. People who know her understand most of what she says; new people understand about half, and she then uses the Predictable app on her tablet.",
        "Priya types with a trackball mouse at 12 words per minute and tires after 20 minutes of writing. She passed Functional Skills English at Level 1 in June 2025 and is working at Level 1 in maths.",
        "Priya has not yet travelled on a bus without her mum, and she has never shopped for food on her own."])
    pl.block(h, "C", "My health needs", "Priya takes baclofen for muscle stiffness and sees her consultant paediatrician every 6 months. She needs to change position every 2 hours to protect her skin, and she follows a stretching and standing programme to reduce the risk of contractures. Her care moves to adult health services when she turns 18 in October 2026.")
    pl.block(h, "D", "My social care needs", "Priya needs another person to help her wash, dress, use the toilet and prepare food. A children with disabilities assessment in May 2025 found that she needs personal assistant hours to go out with friends, that her parents need overnight breaks, and that she needs a Care Act transition assessment before she turns 18.")
    h("E", "Outcomes")
    pl.para("My outcomes are grouped by the four preparing-for-adulthood areas. My personal tutor and I will set termly targets towards them at my tutorial reviews.")
    o = lambda area, text, d="": pl.item("E", text, d, area=area)
    sub("Employment")
    o("Employment", "By July 2026, I will complete a 10-day work placement at Ravensmoor Library, arriving on time on at least 9 of the 10 days and scanning and logging returned books for 2 hours each day.")
    o("Employment", "I will learn more about the world of work by the end of my course.", "not_measurable")
    sub("Independent living")
    o("Independent living", "By March 2026, I will tell my personal assistant each step of making a hot drink in the right order and make it myself with my kettle tipper, on 4 out of 5 tries in the college training flat.")
    o("Independent living", "I will be given a personal assistant to help me go shopping.", "outcome_is_provision;not_time_bound")
    o("Independent living", "By July 2026, I will plan a week's food shopping within a £40 budget, order it online using my trackball mouse and check the delivery against my list, independently, on 3 occasions.")
    sub("Friends, relationships and community")
    o("Friends, relationships and community", "By December 2025, I will travel from home to college on the 47 bus in my powered wheelchair, with my travel trainer following at a distance, on 5 consecutive college days.")
    o("Friends, relationships and community", "I will have a better social life outside college.", "not_measurable;not_time_bound")
    sub("Good health")
    o("Good health", "By the end of the summer term 2026, I will order my own repeat prescription for baclofen through the NHS App, without reminders, in 3 consecutive months.")
    o("Good health", "I should do my stretches every day.", "vague_word:should;not_time_bound")
    hdr = ["What I will get", "When and how much", "Who will provide it", "Who pays"]

    def ptable(sid, rows, area=None):
        t = pl.table(hdr, shade_fill="FCE4D6")
        for values, d in rows:
            extra = {"area": area} if area else {}
            pl.trow(t, sid, hdr, values, d, **extra)
        pl.para("")
    h("F", "Special educational provision")
    sub("Education and employment")
    ptable("F", [
        (["A learning support assistant in all my Business and IT lessons, to set up my trackball mouse and speech-to-text and to scribe any written task longer than 100 words",
          "In every timetabled lesson (15 hours a week)",
          "Learning support assistant with a Level 3 Certificate in Supporting Teaching and Learning, trained in my equipment by the college's assistive technology officer",
          "Ravensmoor College, from high needs funding agreed by Ravensmoor Council"], ""),
        (["A range of assistive technology", "Ongoing", "College staff", "Ravensmoor College"],
         "vague_word:A range of@What I will get;vague_word:Ongoing@When and how much;no_frequency@When and how much;no_deliverer@Who will provide it"),
        (["A job coach to support with my work placement", "-", "Job coach, Ravensmoor Supported Employment Service", "Ravensmoor Council"],
         "vague_word:support with@What I will get;no_frequency@When and how much;no_duration@When and how much"),
        (["Careers guidance interview to plan my next step after college (a supported internship or an apprenticeship)", "Once a term",
          "Careers adviser with a Level 6 Diploma in Career Guidance, Ravensmoor Careers Hub", "Ravensmoor College"],
         "no_duration@When and how much")], area="Education and employment")
    sub("Independent living")
    t = pl.table(hdr, shade_fill="FCE4D6")
    s = pl.trow(t, "F", hdr, ["Independent living skills: cooking, budgeting and online shopping in the college training flat, which has wheelchair access to a height-adjustable hob and sink, in a group of 4 students",
                              "Every Thursday from 10am to 12pm (2 hours)",
                              "Independent living tutor with a Level 4 Certificate in Education and Training, and a learning support assistant",
                              "Ravensmoor College"], area="Independent living")
    pl.trap("F", "wheelchair access", s["text"], "wheelchair access to")
    pl.trow(t, "F", hdr, ["Travel training on the 47 bus route from home to college", "A block of 12 sessions of 90 minutes",
                          "Qualified travel trainer, Ravensmoor Independent Travel Training Team", "Ravensmoor Council"],
            "no_frequency@When and how much", area="Independent living")
    pl.para("")
    sub("Good health")
    ptable("F", [
        (["My stretching and standing programme, written by my NHS physiotherapist, using the standing frame in the college physio room",
          "Every college day at 12.30pm, for 30 minutes",
          "Two learning support assistants trained in moving and handling, and trained in my programme by the physiotherapist",
          "Ravensmoor College"], "")], area="Good health")
    h("G", "Health provision")
    ptable("G", [
        (["Physiotherapy review of my stretching and standing programme, and training for the college learning support assistants",
          "One 60-minute visit to college every half term",
          "NHS paediatric physiotherapist, Ravensmoor Community Children's Therapy Service",
          "Commissioned by Ravensmoor and Dale Integrated Care Board"], ""),
        (["A joint appointment with my consultant paediatrician and the adult neurology team to plan my move to adult health care",
          "One 45-minute appointment by September 2026",
          "Dr Anil Mehta, Consultant Paediatrician, with Ravensmoor Hospital Adult Neurology Clinic",
          "Commissioned by Ravensmoor and Dale Integrated Care Board"], ""),
        (["Review of my wheelchair seating and pressure care", "Periodically", "Ravensmoor Wheelchair Service",
          "Commissioned by Ravensmoor and Dale Integrated Care Board"],
         "vague_word:Periodically@When and how much;no_frequency@When and how much")])
    h("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)")
    ptable("H1", [
        (["A personal assistant to go with me to wheelchair rugby and to the cinema or the shops with my friends",
          "6 hours a week: 3 hours every Wednesday evening and 3 hours every Saturday",
          "A personal assistant I employ through a direct payment, trained in moving and handling",
          "Ravensmoor Children's Social Care (direct payment of £4,368 a year, see Section J)"], ""),
        (["Adaptations to the family home", "TBC", "Social care occupational therapist", "Disabled Facilities Grant"],
         "placeholder:TBC@When and how much;no_frequency@When and how much")])
    h("H2", "Other social care provision")
    ptable("H2", [
        (["Overnight short breaks at Larch House residential short break unit", "2 nights every month",
          "Ravensmoor Disabled Children's Service care staff trained in hoisting and epilepsy rescue medication, following my up-to-date moving and handling plan",
          "Ravensmoor Children's Social Care"], ""),
        (["A Care Act transition assessment", "When necessary", "Adult social care", "-"],
         "vague_word:When necessary@When and how much;no_frequency@When and how much;no_deliverer@Who will provide it")])
    pl.trap("H2", "up-to-date", "Ravensmoor Disabled Children's Service care staff trained in hoisting and epilepsy rescue medication, following my up-to-date moving and handling plan", "up-to-date")
    pl.block(h, "I", "Placement", ["Ravensmoor College, Moor Lane, Ravensmoor: a general further education college.",
                                   "Course: Level 1 Business and IT (September 2025 to July 2026), then Level 2 Business Administration (September 2026 to July 2027)."])
    pl.block(h, "J", "Personal budget", "I receive a direct payment of £4,368 a year from Ravensmoor Children's Social Care to employ my personal assistant (Section H1). My mum manages it for me through a prepaid card account, and the council checks the account every 3 months.")
    pl.block(h, "K", "Advice and information", [
        "Advice from Priya and her mother, Mrs Meena Chauhan, 2 October 2025",
        "Educational psychology advice, Dr Simon Ward, Educational Psychologist, 29 September 2025",
        "Educational advice, Paula Fenwick, Additional Learning Support Manager, Ravensmoor College, 1 October 2025",
        "Physiotherapy advice, Grace Nwosu, Paediatric Physiotherapist, Ravensmoor Community Children's Therapy Service, 24 September 2025",
        "Medical advice, Dr Anil Mehta, Consultant Paediatrician, 22 September 2025",
        "Social care advice, Tom Ridley, Social Worker, Ravensmoor Disabled Children's Service, 30 September 2025",
        "Careers advice, Lucy Harper, Careers Adviser, Ravensmoor Careers Hub, 26 September 2025", ADVICE_NOTE])
    pl.signature("Jasmine Crowe", "EHC Coordinator (Post-16)", "20 November 2025", la)
    pl.finish(out)


def plan_held_out_4(out):
    la = "Penhallow County Council"
    setting = "Little Acorns Nursery, Brook Street Children's Centre"
    pl = Plan("held-out-4", "typical", child("Teddy", "Asante", "he", "2022-03-18", None, setting,
              ["Down syndrome", "SLCN", "PD"], "2025-10-15", None, phase="early", year_group="Nursery"), la,
              {"feature": "held-out wording: early years (nursery, age 3), Down syndrome; EYFS areas; outcomes with small steps; Portage, SALT, sensory",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L} – {friendly title}",
               "subheadings": "Heading 2 EYFS areas in E and F",
               "outcome_layout": "area-paragraphs, each outcome followed by 'Small steps' bullets",
               "provision_layout": "paragraphs with a bold lead-in label ('Portage home visits: …')"},
              SPLIT, font="Tahoma")
    front(pl, "Teddy Asante", "18 March 2022", "15 October 2025", "Not applicable – first EHC plan", setting, la)
    h = lambda sid, t, **kw: pl.head(sid, "Section %s – %s" % (sid, t), **kw)
    sub = lambda t: pl.para(t, style="Heading 2")
    pl.block(h, "A", "All about Teddy", [
        "Teddy cannot yet tell us his views in words. His key person watched him over 3 weeks in September 2025 and wrote down what he showed her.",
        "Teddy laughs and reaches out for more when adults sing 'Row, row, row your boat' with the actions.",
        "He signs 'more' and pulls an adult's hand towards the water tray when he wants to play there.",
        "He pushes his food away and turns his head when the room is noisy at lunch.",
        "Teddy's mum and dad, Abena and Kofi, said: \"Teddy is a happy, cuddly boy who loves music and bath time. We want him to talk to us, to make friends, and to go to our local primary school with his cousins.\""])
    b_cry = "Teddy cries for up to 20 minutes when his mum leaves him at nursery, and he plays alone beside the sand tray rather than with other children."
    pl.block(h, "B", "Teddy's special educational needs", [
        "Teddy has Down syndrome. On the Schedule of Growing Skills in August 2025 his development was at around 18 months in most areas.",
        "Teddy understands about 30 familiar words, such as 'cup', 'shoes' and 'bath', when they are said with a sign. He uses 6 Makaton signs and 2 spoken words ('mama' and 'no').",
        "Teddy has low muscle tone. He walks holding an adult's hand but cannot yet climb steps, and he tires quickly when standing.",
        "Teddy drinks from a lidded beaker and eats soft mashed food; he gags on lumpy textures.",
        b_cry,
        "Teddy seeks movement: he rocks, bounces and mouths toys, and he startles at sudden loud noises."])
    pl.trap("B", "up to in needs", b_cry, "up to 20 minutes")
    pl.block(h, "C", "Teddy's health needs", "Teddy had heart surgery for an atrioventricular septal defect at 5 months and is now well; he has a cardiology check each year. He has mild glue ear and his hearing is tested every 6 months at the Penhallow Children's Hearing Clinic.")
    pl.block(h, "D", "Teddy's social care needs", "Teddy's parents both work part-time and care for Teddy and his sister, who is 6. A Children with Disabilities Team assessment in August 2025 found that the family needs a break on Saturdays.")
    h("E", "Outcomes: what we are working towards")
    pl.para("Teddy's key person and his Portage home visitor will agree small-step targets with his parents every 6 weeks and record them in his learning journal.")

    def o(area, text, d="", steps=None):
        s = pl.item("E", text, d, area=area, **({"steps": steps} if steps else {}))
        if steps:
            pl.para("Small steps towards this:", italic=True)
            pl.paras(steps, style="List Bullet")
        return s
    sub("Communication and language")
    o("Communication and language", "By the end of the summer term 2026, Teddy will use 20 different Makaton signs or spoken words to ask for things at snack time and in play, without an adult showing him the sign first, as recorded by his key person over 2 weeks.", "",
      ["Teddy signs 'more' and 'finished' at snack time after an adult shows him, on 4 of his 5 nursery days.",
       "Teddy signs or says 10 words for his favourite toys and foods without being shown."])
    o("Communication and language", "By March 2026, Teddy will take 3 turns in a ball-rolling game with his key person, staying with the game for 2 minutes, on 4 out of 5 days.")
    o("Communication and language", "Teddy will make good progress in his speech and language by the time he starts school in September 2026.", "not_measurable")
    o("Communication and language", "Teddy will be given a visual timetable and objects of reference.", "outcome_is_provision;not_time_bound")
    sub("Physical development")
    o("Physical development", "By the end of the summer term 2026, Teddy will walk up the 4 steps to the nursery garden holding the handrail with one hand and an adult's hand with the other, on 4 out of 5 days.", "",
      ["Teddy walks 10 metres across the nursery room holding one adult hand.",
       "Teddy climbs the 2 soft-play steps on his own."])
    o("Physical development", "By the time he starts Reception in September 2026, Teddy will drink from an open cup at snack time without spilling, independently, on 4 out of 5 days.", "",
      ["Teddy drinks from a cut-away cup with an adult holding the base.",
       "Teddy lifts and puts down a half-full open cup with both hands without spilling."])
    sub("Personal, social and emotional development")
    o("Personal, social and emotional development", "By the end of the spring term 2026, Teddy will wave goodbye to his mum at the nursery door and go to his key person within 2 minutes, on 4 out of 5 mornings.")
    o("Personal, social and emotional development", "Teddy will settle better at nursery.", "not_measurable;not_time_bound")
    o("Personal, social and emotional development", "Teddy could start to play alongside other children with support.", "vague_word:could;not_time_bound;not_measurable")
    h("F", "Special educational provision")
    f = lambda area, label, rest, d="": lead_item(pl, "F", label, rest, d, area=area)
    sub("Communication and language")
    f("Communication and language", "Speech and language therapy: ", "an individual 30-minute session every fortnight at nursery with an HCPC-registered speech and language therapist from the Penhallow Children's Speech and Language Therapy Service, who will also show Teddy's key person and parents the signs and games to use until the next session.")
    f("Communication and language", "Makaton in the Robins room: ", "Teddy's key person and the other 3 practitioners in the Robins room will sign key words to him throughout the nursery day, after completing Makaton Level 1 training by December 2025.")
    f("Communication and language", "Portage home visits: ", "45-minute visits at home from a Portage home visitor from the Penhallow Portage Service, who will set small-step teaching targets with Teddy's parents.", "no_frequency")
    sub("Physical development (including sensory)")
    f("Physical development (including sensory)", "Physiotherapy programme: ", "sitting-balance and stepping activities twice each nursery day (once in the morning and once in the afternoon), 10 minutes each time, delivered 1:1 by Teddy's key person, who has been trained in the programme by the NHS paediatric physiotherapist.")
    f("Physical development (including sensory)", "Sensory circuit: ", "a 10-minute sensory circuit (bouncing, rolling and pushing a weighted trolley) at the start of each morning and afternoon session, in a group of 3 children.", "no_deliverer")
    f("Physical development (including sensory)", "Sensory room: ", "Teddy will have access to the sensory room as and when staff feel he needs it.",
      "vague_word:access to;vague_word:as and when;no_frequency;no_duration;no_deliverer")
    sub("Personal, social and emotional development")
    f("Personal, social and emotional development", "Key person: ", "Ms Shona Tregear, a Level 3 qualified early years practitioner who has completed Portage workshop training, will greet Teddy at the door and stay with him for the first 15 minutes of every session, using his photo 'now and next' board.")
    f("Personal, social and emotional development", "Small group play: ", "Teddy may benefit from some time in a small group with other children to practise playing alongside them.",
      "vague_word:may;vague_word:some;no_frequency;no_duration;no_deliverer;no_group_size")
    s = f("Personal, social and emotional development", "Move to Reception: ", "after the May half-term 2026, Teddy's key person will take him on 6 visits of 45 minutes to his new Reception class, one each week, and will make a photo book of the new classroom for him to share at home.")
    pl.trap("F", "May (month)", s["text"], "May half-term")
    h("G", "Health provision")
    lead_item(pl, "G", "Paediatric review: ", "a 30-minute appointment every 6 months with Dr Ruth Penrose, Consultant Community Paediatrician at the Penhallow Child Development Centre, commissioned by Penhallow and Tamar Integrated Care Board.")
    lead_item(pl, "G", "Eating and drinking: ", "advice about chewing and food textures from health professionals when necessary.",
              "vague_word:when necessary;no_frequency;no_duration;no_deliverer")
    h("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)")
    lead_item(pl, "H1", "Short breaks: ", "one 3-hour session every other Saturday at the Little Explorers sensory playgroup, with 1:1 care from a short breaks worker trained in Makaton, arranged by the Penhallow Children with Disabilities Team and paid for through the direct payment in Section J.")
    h("H2", "Other social care provision")
    lead_item(pl, "H2", "Family support: ", "the family will be offered regular visits from an Early Help worker.",
              "vague_word:regular;no_frequency;no_duration")
    pl.block(h, "I", "Setting", "Little Acorns Nursery, Brook Street Children's Centre, Penhallow: a nursery class maintained by Penhallow County Council. Teddy attends 15 hours a week (Monday, Wednesday and Thursday, 9am to 2pm).")
    pl.block(h, "J", "Personal budget", "Teddy's parents receive a direct payment of £1,248 a year for the short breaks in Section H1, which they use to pay for the Saturday playgroup sessions.")
    pl.block(h, "K", "Advice and information", [
        "Parental advice, Mr and Mrs Asante, 1 September 2025",
        "Early years advice, Ms Shona Tregear, Key Person, Little Acorns Nursery, 2 September 2025",
        "Portage advice, Jan Rowe, Portage Home Visitor, Penhallow Portage Service, 3 September 2025",
        "Speech and language therapy advice, Kerenza Bligh, Speech and Language Therapist, 5 September 2025",
        "Physiotherapy advice, Dan Ellery, Paediatric Physiotherapist, 4 September 2025",
        "Educational psychology advice, Dr Morwenna Hale, Educational Psychologist, 8 September 2025",
        "Medical advice, Dr Ruth Penrose, Consultant Community Paediatrician, 28 August 2025",
        "Social care advice, Lowen Pascoe, Social Worker, Penhallow Children with Disabilities Team, 10 September 2025", ADVICE_NOTE])
    pl.signature("Tamsin Kitto", "Early Years SEND Caseworker", "15 October 2025", la)
    pl.finish(out)


TEST_PLANS = [plan_essex_order, plan_auto_numbered, plan_area_table, plan_caps_titles,
              plan_not_applicable, plan_shaded_rows, plan_combined_heading, plan_traps,
              plan_held_out_1, plan_held_out_2, plan_held_out_3, plan_held_out_4]


# ---------------------------------------------------------------- blind plans (tests/data/blind)
# Written from shared/DOMAIN.md's standards without reading the rule pack or the held-out plans,
# for measuring only: no rule is ever tuned on these, so their figures estimate unseen plans.

def plan_blind_dyslexia(out):
    la = "Rowanbridge City Council"
    pl = Plan("blind-dyslexia", "typical", child("Callum", "Reid", "he", "2009-11-03", 11,
              "St Aidan's Catholic High School", ["SpLD"], "2025-11-20", "2025-10-29"), la,
              {"feature": "blind: Year 11 dyslexia with exam access arrangements; sections as Heading 2 inside a 'Part 2' Heading 1",
               "section_style": "heading", "heading_level": 2, "heading_format": "{L} – {short} (under 'Part 2: The plan')",
               "outcome_layout": "numbered-style", "provision_layout": "numbered-paras"}, SPLIT, font="Verdana")
    pl.para(la + " – Special Educational Needs and Disabilities Service", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.para("Part 1: Personal details", style="Heading 1")
    pl.details([("Name", "Callum Reid"), ("Date of birth", "03/11/2009"), ("Year group", "Year 11"),
                ("Date of plan", "20/11/2025"), ("Date of last annual review", "29/10/2025"),
                ("Current setting", "St Aidan's Catholic High School"), ("Parent", "Mrs Siobhan Reid"),
                ("Status", "Final (amended following annual review)")])
    pl.para("Part 2: The plan", style="Heading 1")
    h = lambda sid, t: pl.head(sid, "%s – %s" % (sid, t), style="Heading 2")
    pl.block(h, "A", "Views, interests and aspirations", [
        "Callum wrote this with his form tutor in October 2025.",
        "I'm into motorbikes and fixing things. My uncle lets me help in his garage on Saturdays.",
        "I know what I want to say in exams but I run out of time writing it down, and my spelling lets me down.",
        "I want to do a Level 3 in Engineering at college and then an apprenticeship.",
        "Callum's mum said that Callum is practical, patient and funny, and that he has worked hard to keep up. She worries that his GCSE grades will not show what he knows."])
    pl.block(h, "B", "Special educational needs", [
        "Callum has dyslexia, diagnosed by a specialist assessor in Year 8 (March 2023). In September 2025 his single-word reading was at the 11th percentile and his spelling at the 6th percentile. His verbal reasoning is in the above-average range.",
        "Callum reads a GCSE source text accurately but slowly (about 95 words per minute) and loses the meaning of long sentences. Handwriting a timed answer, he writes about half as much as his classmates.",
        "Before mock exams Callum becomes tense and may refuse to start a paper he thinks he will fail. His attendance this year is 93%."])
    pl.trap("B", "hedge word outside provision", "Before mock exams Callum becomes tense and may refuse to start a paper he thinks he will fail. His attendance this year is 93%.", "may")
    pl.block(h, "C", "Health needs", "Callum has no diagnosed medical conditions. He reports that print 'moves' on white paper, which has not yet been assessed.")
    pl.block(h, "D", "Social care needs", "Callum and his family are not known to social care, and no social care needs have been identified.")
    pl.secs["D"]["status"] = "no_needs"
    h("E", "Outcomes")
    pl.para("These outcomes run to the end of Year 11 and into Callum's move to college.")
    ln = "List Number"
    e = lambda text, d="": pl.item("E", text, d, style=ln)
    e("By June 2026, Callum will use his exam reading pen to read a 600-word unseen GCSE source text and answer all the questions on it within the time allowed, in 3 out of 4 timed mock papers.")
    e("Callum will feel more confident about his exams.", "not_measurable;not_time_bound")
    e("By February 2026, Callum will type a 400-word essay answer on his exam laptop in 40 minutes with no more than 5 spelling errors, in 3 consecutive weekly practice essays.")
    e("Teachers will give Callum printed copies of the board notes in every lesson by December 2025.", "outcome_is_provision")
    e("Callum will spell 90% of the words on his science and geography keyword lists correctly in fortnightly spelling checks.", "not_time_bound")
    e("By the end of the spring term 2026, Callum will plan each extended answer with his 3-step planning frame before writing, in at least 4 out of 5 extended answers in his English and history mock exams.")
    e("By July 2026, Callum will make good progress in his reading and writing.", "not_measurable")
    e("By 31 January 2026, Callum will submit his own typed and spell-checked application and personal statement for a Level 3 Engineering course at Rowanbridge College.")
    h("F", "Special educational provision")
    f = lambda text, d="": pl.item("F", text, d)
    s = f("F.1 Exam access arrangements in every mock and GCSE examination: 25% extra time, a reader, and a word processor with the spell-checker turned off, assessed and applied for under JCQ rules by 31 January 2026 by the SENCo, who holds the Level 7 Certificate in Psychometric Testing, Assessment and Access Arrangements.")
    pl.trap("F", "exam access arrangements", s["text"], "access arrangements")
    pl.trap("F", "a number before extra time", s["text"], "25% extra time")
    f("F.2 Specialist teaching using a structured, cumulative, multisensory reading and spelling programme (Units of Sound): 2 x 40-minute individual sessions per week, delivered by a specialist teacher with an AMBDA-accredited dyslexia qualification from the Rowanbridge Learning Support Service.")
    f("F.3 Support with revision in the run-up to exams.", "vague_word:Support with;no_frequency;no_duration;no_deliverer")
    f("F.4 Touch-typing practice with Touch-type Read and Spell, 2-4 sessions a fortnight in the library, supervised by a teaching assistant.", "vague_word:2-4 sessions;no_duration")
    s = f("F.5 A laptop with text-to-speech and word prediction software (Read&Write) in every lesson and for all homework, set up by the school's ICT technician by 8 December 2025 and checked every Monday by Callum's form tutor, who keeps an up-to-date log of faults.")
    pl.trap("F", "up-to-date (hyphenated)", s["text"], "up-to-date")
    f("F.6 Pre-teaching of key vocabulary for each new English literature text: one 30-minute session per week in a group of 4 students.", "no_deliverer")
    f("F.7 A 20-minute 1:1 meeting every Friday with his learning mentor to plan the next week's revision timetable and check his homework diary.")
    f("F.8 Up to 5 hours a week of in-class support from a teaching assistant in English, science and history.", "vague_word:Up to;vague_word:in-class support")
    h("G", "Health provision")
    pl.item("G", "G.1 An appointment with an orthoptist at the Rowanbridge Children's Eye Service by 31 December 2025 to check for visual stress and binocular vision difficulties, with a written report to the SENCo within 4 weeks of the appointment, commissioned by Rowanbridge and Dale Integrated Care Board.")
    pl.item("G", "G.2 Callum may benefit from a referral to the school nurse for help with sleep and exam stress.", "vague_word:may;no_frequency;no_deliverer")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.para("No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    pl.secs["H1"]["status"] = "no_needs"
    h("H2", "Any other social care provision")
    pl.para("Callum has no assessed social care needs, so no other social care provision is made.")
    pl.secs["H2"]["status"] = "no_needs"
    pl.block(h, "I", "Placement", "St Aidan's Catholic High School, a mainstream voluntary aided secondary school (11–16), until the end of Year 11 in July 2026.")
    pl.block(h, "J", "Personal budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Advice from Callum and his mother, Mrs Siobhan Reid, 2 October 2025",
        "Specialist teacher assessment, Ms Hannah Booth, Specialist Teacher (AMBDA), Rowanbridge Learning Support Service, 24 September 2025",
        "Educational advice, Mr Declan Walsh, SENCo, St Aidan's Catholic High School, 1 October 2025",
        "Careers advice, Ms Anita Kaur, Careers Adviser, 30 September 2025", ADVICE_NOTE])
    pl.para("Part 3: Sign-off", style="Heading 1")
    pl.signature("Rachel Okafor", "SEND Casework Officer", "20 November 2025", la)
    pl.finish(out)


def details4(pl, rows):
    """A 4-column details table: label | value | label | value."""
    t = pl.table(cols=4)
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2] + [("", "")] * (2 - len(rows[i:i + 2]))
        cells = pl.row(t, [pair[0][0], pair[0][1], pair[1][0], pair[1][1]])
        shade(cells[0], "EDEDED")
        shade(cells[2], "EDEDED")
    pl.para("")


def plan_blind_semh(out):
    la = "Fenmouth Council"
    pl = Plan("blind-semh", "typical", child("Mayowa", "Adebayo", "he", "2015-02-14", 6,
              "Holloway Fields Primary School", ["SEMH"], "2025-10-22", None), la,
              {"feature": "blind: Year 6 SEMH, anxiety-based school refusal; capitals Heading 1; outcomes under area-of-need Heading 2; provision bullets 'Type – frequency – staff'",
               "section_style": "heading", "heading_level": 1, "heading_format": "SECTION {L} – {SHORT}",
               "outcome_layout": "area-bullets", "provision_layout": "dash-bullets"}, SPLIT, font="Calibri")
    pl.para(la.upper() + " – EDUCATION, HEALTH AND CARE PLAN", bold=True, size=14)
    details4(pl, [("Name", "Mayowa Adebayo"), ("Date of birth", "14 February 2015"),
                  ("Year group", "Year 6"), ("School", "Holloway Fields Primary School"),
                  ("Date of plan", "22 October 2025"), ("Date of last annual review", "Not applicable – first EHC plan"),
                  ("Parent/carer", "Ms Funmi Adebayo"), ("EHC coordinator", "Daniel Price")])
    h = lambda sid, t: pl.head(sid, "SECTION %s – %s" % (sid, t))
    pl.block(h, "A", "VIEWS, INTERESTS AND ASPIRATIONS", [
        "Mayowa talked to his learning mentor over three short sessions in September 2025. He chose to draw some of his answers.",
        "I like football, drawing superheroes and my cousin's dog. I'm good at making people laugh.",
        "In the mornings my tummy hurts and I feel like something bad will happen if I go in.",
        "I want to go to big school with my friend Kofi. When I'm older I want to draw comics.",
        "Mayowa's mum said that he is caring and creative, and that mornings have become a battle since Year 5. She wants him to be back in school full-time and to enjoy it again."])
    pl.trap("A", "name containing 'may'", "Mayowa's mum said that he is caring and creative, and that mornings have become a battle since Year 5. She wants him to be back in school full-time and to enjoy it again.", "Mayowa")
    pl.block(h, "B", "SPECIAL EDUCATIONAL NEEDS", [
        "Mayowa has high levels of anxiety that stop him coming into school. His attendance fell from 96% in Year 4 to 61% in the summer term of Year 5. The educational psychologist describes this as emotionally based school avoidance.",
        "When he is anxious Mayowa complains of stomach aches, refuses to get out of the car and may run from the school gate. Once in class he usually settles within 20 minutes.",
        "Mayowa's reading is in line with his age, but he has gaps in writing and maths from the lessons he has missed. He avoids writing tasks and leaves the room when he thinks he will get something wrong.",
        "Mayowa is worried about moving to secondary school in September 2026."])
    pl.block(h, "C", "HEALTH NEEDS", "Mayowa has been seen by his GP for stomach pains, which are thought to be linked to anxiety. He has been referred to Fenmouth CAMHS and was accepted by the Getting Help Team in September 2025. He has trouble getting to sleep.")
    pl.block(h, "D", "SOCIAL CARE NEEDS", "Mayowa lives with his mum and his younger sister. The family were supported by Fenmouth Early Help in 2024 and asked for help again with morning routines in September 2025.")
    h("E", "OUTCOMES")
    b = "List Bullet"
    pl.para("Social, emotional and mental health", style="Heading 2")
    s = pl.item("E", "By the May half-term 2026, Mayowa will arrive at school by 9.00am and walk from the side gate to his classroom within 10 minutes, on at least 4 days out of 5 over 3 consecutive weeks.", style=b)
    pl.trap("E", "May (month, before half-term)", s["text"], "May half-term")
    pl.item("E", "Mayowa will feel safe and happy at school.", "not_measurable;not_time_bound", style=b)
    pl.item("E", "By December 2025, Mayowa will use his worry scale card to tell his learning mentor how anxious he is, on a scale of 1 to 5, at the morning check-in on 4 out of 5 days.", style=b)
    pl.item("E", "School staff will make sure Mayowa has a calm start to every morning by July 2026.", "outcome_is_provision", style=b)
    pl.item("E", "Mayowa will attend 90% of school sessions across a half term, as shown on the register.", "not_time_bound", style=b)
    pl.para("Cognition and learning", style="Heading 2")
    pl.item("E", "By the end of Year 6 (July 2026), Mayowa will complete a 20-minute independent writing task in class without leaving the room, in 4 out of 5 lessons over 2 weeks.", style=b)
    pl.item("E", "By July 2026, Mayowa will try to join in with group work where possible.", "vague_word:where possible;not_measurable", style=b)
    pl.para("Preparing for the move to secondary school", style="Heading 2")
    pl.item("E", "By the end of the summer term 2026, Mayowa will find his way to his form room, the canteen and the student support base at Fenmouth Academy on 2 transition visits, with no more than one prompt on each visit.", style=b)
    h("F", "SPECIAL EDUCATIONAL PROVISION")
    pl.para("Each item reads: type of support – how often and for how long – who provides it.")
    f = lambda text, d="", sid="F": pl.item(sid, text, d, style=b)
    f("Meet and greet at the side gate, then a walk to class with a 5-minute check-in on his worry scale – every school day, 15 minutes from 8.40am – Mrs Joy Osei, learning mentor, trained in emotionally based school avoidance by the Fenmouth Educational Psychology Service")
    f("ELSA sessions working through Mayowa's 'brave steps' plan – twice a week – Mr Tom Riley, ELSA-trained teaching assistant", "no_duration")
    f("Time out in the nurture room – as and when Mayowa needs it – any available adult", "vague_word:as and when;no_frequency;no_duration;no_deliverer")
    f("Preview of the next day's timetable, marking any change of adult or room on his visual timetable – every afternoon, 5 minutes at 3.05pm – Mayowa's class teacher")
    f("Nurture group – 3 afternoons a week, 1 hour each – Mrs Priya Patel, HLTA trained in the Boxall Profile and nurture principles", "no_group_size")
    f("Zones of Regulation sessions in a group of 4 pupils – every Tuesday and Thursday, 30 minutes – Mr Tom Riley, teaching assistant trained in Zones of Regulation by the Fenmouth Inclusion Support Team")
    f("Exit card to leave class for the nurture room, where he spends 10 minutes with the HLTA before returning – each time he shows the card, in every lesson – Mrs Priya Patel, HLTA")
    f("Adult support in the playground – every day at lunchtimes – midday supervisor", "vague_word:Adult support")
    h("G", "HEALTH PROVISION")
    f("Cognitive behavioural therapy for anxiety from the Fenmouth CAMHS Getting Help Team, commissioned by Fenmouth and Levens Integrated Care Board – 10 weekly sessions of 45 minutes from January 2026 – a CAMHS clinical psychologist", sid="G")
    f("Review of sleep – periodically – community paediatrician", "vague_word:periodically;no_frequency", sid="G")
    h("H1", "SOCIAL CARE PROVISION (SECTION 2, CHRONICALLY SICK AND DISABLED PERSONS ACT 1970)")
    s = f("Short breaks at the Fenmouth Saturday Club – one Saturday each month, 5 hours from 10am – Fenmouth Short Breaks Service, staffed by youth workers trained in trauma-informed practice", sid="H1")
    pl.trap("H1", "short breaks (a service name)", s["text"], "Short breaks")
    h("H2", "OTHER SOCIAL CARE PROVISION")
    f("Home visits from a family support worker to plan the morning routine with Ms Adebayo – fortnightly – Fenmouth Early Help Service", "no_duration", sid="H2")
    pl.block(h, "I", "PLACEMENT", "Holloway Fields Primary School, a mainstream community primary school, to July 2026. The secondary school will be named at the Year 6 review.")
    pl.block(h, "J", "PERSONAL BUDGET", "Ms Adebayo has not asked for a personal budget.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "ADVICE AND INFORMATION", [
        "Advice from Mayowa and his mother, Ms Funmi Adebayo, 15 September 2025",
        "Educational psychology advice, Dr Lena Marsh, Educational Psychologist, 19 September 2025",
        "Educational advice, Mrs Gillian Hart, SENCo, Holloway Fields Primary School, 17 September 2025",
        "Health advice, Dr Samuel Boateng, Community Paediatrician, 11 September 2025",
        "Social care advice, Carly Dunn, Early Help Practitioner, 16 September 2025", ADVICE_NOTE])
    pl.signature("Daniel Price", "EHC Coordinator", "22 October 2025", la)
    pl.finish(out)


def plan_blind_bsl(out):
    la = "Kingsreach Borough Council"
    pl = Plan("blind-bsl", "typical", child("Noor", "Haddad", "she", "2019-01-07", 2,
              "Kingsreach Primary School (Deaf Resource Base)", ["HI"], "2025-12-03", "2025-11-12"), la,
              {"feature": "blind: Year 2 Deaf child who uses BSL; bold Normal headings; provision as 3-column tables 'What | How much and how often | By whom'",
               "section_style": "bold", "heading_format": "Section {L}: {Title Case}",
               "outcome_layout": "numbered-typed", "provision_layout": "table3"}, SPLIT, font="Arial")
    front(pl, "Noor Haddad", "7 January 2019", "3 December 2025", "12 November 2025",
          "Kingsreach Primary School (Deaf Resource Base)", la)
    h = lambda sid, t: pl.head(sid, "Section %s: %s" % (sid, t), style=None, bold=True, size=13)
    pl.block(h, "A", "All About Me", [
        "Noor shared her views in BSL with her Teacher of the Deaf in November 2025. A BSL/English interpreter wrote them down.",
        "I like painting, my scooter and playing tig with my friends.",
        "I get cross when people talk to me and I can't see their hands or their face.",
        "When I'm big I want to be a teacher for Deaf children.",
        "Noor's parents are hearing and are learning BSL. They said Noor is confident and bossy in the best way. They want her to be fluent in BSL and English and to have friends who are Deaf and hearing."])
    pl.block(h, "B", "Special Educational Needs", [
        "Noor has a profound bilateral sensorineural hearing loss, diagnosed at 6 weeks. Her hearing aids give her awareness of loud sounds but not of speech. BSL is her first language.",
        "Noor's BSL is developing well for her age; she uses 2-sign and 3-sign phrases. Her English vocabulary, assessed through BSL in October 2025, is about 18 months behind her age.",
        "Noor is working towards the Year 1 expected standard in reading and maths. She learns best when new words are pre-taught in BSL, fingerspelling and print.",
        "In the playground hearing children may not understand her signing, and Noor can end up playing on her own."])
    pl.block(h, "C", "Health Needs", "Noor's hearing and hearing aids are reviewed at the Kingsreach Children's Hearing Centre. Her parents have been told that a cochlear implant assessment is an option, and they have chosen not to pursue it at present.")
    pl.block(h, "D", "Social Care Needs", "Noor's parents asked the Children with Disabilities Team for help to learn BSL as a family, so that Noor can communicate fully at home. An assessment in September 2025 agreed this need.")
    h("E", "Outcomes")
    e = lambda text, d="": pl.item("E", text, d)
    e("E1. By July 2026, Noor will sign a 3-part BSL sentence to tell an adult what she did at the weekend, without prompting, in 4 out of 5 Monday news sessions.")
    e("E2. Noor will be given a Communication Support Worker in all lessons.", "outcome_is_provision;not_time_bound")
    e("E3. By the end of Year 2 (July 2026), Noor will read 40 of the Year 1 and Year 2 common exception words and give the BSL sign for each, in 2 checks a week apart.")
    e("E4. By July 2026, Noor will continue to develop her BSL skills.", "not_measurable")
    e("E5. By the end of the spring term 2026, Noor will explain the rules of a playground game to a hearing classmate, using gesture and 5 signs she has taught the class, on 3 observed lunchtimes.")
    e("E6. Noor will tell an adult when her hearing aid is not working, using the sign for 'broken', on 4 out of 5 occasions.", "not_time_bound")
    e("E7. By July 2026, Noor will add and subtract numbers to 20 using a number line, explaining her method in BSL, with 8 out of 10 answers correct in a weekly check.")
    hdr = ["What", "How much and how often", "By whom"]
    h("F", "Special Educational Provision")
    t = pl.table(hdr, shade_fill="E2EFDA")
    r = lambda sid, vals, d="": pl.trow(t, sid, hdr, vals, d)
    r("F", ["Teaching of literacy and numeracy through BSL in the Deaf Resource Base, in a group of 5 Deaf pupils", "Every morning, 9.00am to 12.00pm (15 hours a week)", "A Qualified Teacher of the Deaf with the Mandatory Qualification and BSL Level 4"])
    s = r("F", ["BSL/English interpreting in every mainstream lesson and assembly", "Every afternoon, 1.00pm to 3.15pm, and in all assemblies", "A Communication Support Worker holding a Level 3 BSL qualification, employed by the Kingsreach Sensory Support Service"])
    pl.trap("F", "support in a job title", s["cells"]["By whom"], "Communication Support Worker")
    r("F", ["BSL tuition for Noor's class", "Regular sessions", "Deaf instructor"],
      "vague_word:Regular@How much and how often;no_frequency@How much and how often;no_duration@How much and how often")
    r("F", ["Support from the Teacher of the Deaf", "Termly", "Kingsreach Sensory Support Service"],
      "vague_word:Support from@What;no_duration@How much and how often")
    r("F", ["Deaf role model sessions: signed storytelling and games led by a Deaf adult, in a group of 4 Deaf pupils", "Once a week on Wednesdays, 45 minutes", "A Deaf instructor holding BSL Level 6, from the Kingsreach Sensory Support Service"])
    r("F", ["Pre-teaching of the BSL signs and fingerspelling for new topic words before each science and history unit, 1:1", "3 times a week", "A teaching assistant with BSL Level 2, using word lists set by the Teacher of the Deaf"], "no_duration@How much and how often")
    r("F", ["Listening check of Noor's hearing aids and replacement of flat batteries", "Each morning at registration", "Any member of staff"], "no_deliverer@By whom")
    r("F", ["A flashing-beacon fire alarm in the classroom, the hall and the toilets, with a named hearing buddy for fire drills", "Installed by 31 January 2026 and in use at all times; buddy named each half term", "Kingsreach Council Property Services (installation); the class teacher (buddy)"])
    r("F", ["Deaf awareness training for Noor's class teacher and the midday supervisors", "TBC", "Teacher of the Deaf"], "no_frequency@How much and how often;placeholder:TBC@How much and how often")
    pl.para("")
    h("G", "Health Provision")
    t = pl.table(hdr, shade_fill="E2EFDA")
    r("G", ["Audiology review and hearing aid fitting at the Kingsreach Children's Hearing Centre, commissioned by Kingsreach Integrated Care Board", "One 60-minute appointment every 4 months", "An NHS paediatric audiologist"])
    r("G", ["Speech and language therapy advice on Noor's spoken English as appropriate", "-", "NHS speech and language therapy"],
      "vague_word:as appropriate@What;no_frequency@How much and how often")
    pl.para("")
    h("H1", "Social Care Provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)")
    t = pl.table(hdr, shade_fill="E2EFDA")
    r("H1", ["Family Sign course for Noor's parents and her older brother, in the family home", "10 weekly 90-minute sessions from January 2026", "A Deaf BSL tutor from the Kingsreach Children with Disabilities Team"])
    pl.para("")
    h("H2", "Other Social Care Provision")
    pl.para("No other social care provision has been identified.")
    pl.secs["H2"]["status"] = "no_needs"
    pl.block(h, "I", "Placement", "Kingsreach Primary School, a mainstream community primary school with a resource base for Deaf pupils.")
    pl.block(h, "J", "Personal Budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and Information", [
        "Advice from Noor's parents, Mr and Mrs Haddad, 14 October 2025",
        "Educational advice, Ms Kirsty Lyons, Qualified Teacher of the Deaf, Kingsreach Sensory Support Service, 20 October 2025",
        "Educational psychology advice, Dr Imran Sadiq, Educational Psychologist, 22 October 2025",
        "Audiology advice, Mr Peter Greaves, Paediatric Audiologist, 9 October 2025",
        "Social care advice, Bethan Cole, Social Worker, Children with Disabilities Team, 17 October 2025", ADVICE_NOTE])
    pl.signature("Josie Hartley", "EHC Plan Coordinator", "3 December 2025", la)
    pl.finish(out)


def plan_blind_internship(out):
    la = "Saltmarsh Bay Council"
    pl = Plan("blind-internship", "typical", child("Jordan", "Whitfield", "he", "2006-05-30", None,
              "Harbourside College (supported internship at Harbourside General Hospital)", ["MLD", "ASD"],
              "2025-11-05", "2025-10-01", phase="post-16", year_group="Post-19 (age 19), supported internship"), la,
              {"feature": "blind: age 19 in a supported internship; outcomes under Preparing for Adulthood Heading 2s; provision in Word-numbered lists restarted per section; H1 not applicable (over 18)",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L} – {short}",
               "outcome_layout": "pfa-paragraphs", "provision_layout": "numbered-auto"}, SPLIT, font="Arial")
    pl.para(la, bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Young person's name", "Jordan Whitfield"), ("Date of birth", "30.05.2006"), ("Age", "19"),
                ("Date of plan", "05.11.2025"), ("Date of last annual review", "01.10.2025"),
                ("Education setting", "Harbourside College – Supported Internship Programme"), ("Status", "Final")])
    h = lambda sid, t: pl.head(sid, "Section %s – %s" % (sid, t))
    pl.block(h, "A", "Views, interests and aspirations", [
        "Jordan wrote this with his job coach in September 2025.",
        "I like computer games, the bus and going to the football with my dad. I'm good at remembering where things go.",
        "I don't like it when people change the plan and don't tell me.",
        "I want a paid job at the hospital stores and my own flat with a friend.",
        "Jordan's parents said that Jordan is reliable and hard-working, and that he is proud of his internship. They would like him to have a paid job and a life of his own after the internship ends."])
    pl.block(h, "B", "Special educational needs", [
        "Jordan has moderate learning difficulties and is autistic. He reads at about a 9-year-old level and can follow a printed picking list with pictures. He finds money, time and new routes hard.",
        "Jordan copes well with a fixed routine. Unexpected change makes him anxious, and he may go quiet and stop working until someone explains what is happening.",
        "Jordan is in the second year of a post-19 programme and started a supported internship in September 2025, on 3 rotations across the hospital."])
    pl.block(h, "C", "Health needs", "Jordan is on his GP's learning disability register. He has eczema, which he manages with creams. He finds medical appointments stressful and has missed 2 in the last year.")
    pl.block(h, "D", "Social care needs", "Jordan was assessed by Saltmarsh Bay Adult Social Care under the Care Act 2014 in July 2025. He needs help to plan and cook meals and to manage money, and he wants to move into supported living in 2027.")
    h("E", "Outcomes")
    pfa = lambda t: pl.para(t, style="Heading 2")
    e = lambda text, d="": pl.item("E", text, d)
    pfa("Employment")
    e("By July 2026, Jordan will pick and pack ward orders from a printed list in the hospital's central stores with 95% accuracy over 4 consecutive weeks, as recorded by his job coach.")
    e("Jordan will gain the skills he needs for paid work.", "not_measurable;not_time_bound")
    e("By the end of his internship in July 2026, Jordan will apply for 3 paid jobs on his own, using his CV and the online application forms.")
    pfa("Independent living")
    e("By March 2026, Jordan will travel by bus from home to the hospital and back on his own on 10 consecutive working days.")
    e("Jordan's support worker will teach him to cook simple meals by June 2026.", "outcome_is_provision")
    pfa("Friends, relationships and community inclusion")
    e("Jordan will go to the Thursday gaming club at Saltmarsh Library on his own and talk to one other member at each visit.", "not_time_bound")
    e("By July 2026, Jordan will have opportunities to make new friends.", "vague_word:opportunities to;not_measurable")
    pfa("Good health")
    e("By April 2026, Jordan will book and go to his annual health check at his GP surgery himself, using the appointment checklist he made with his support worker.")
    h("F", "Special educational provision")
    nf = add_numbering(pl.doc, "decimal", "%1.")
    f = lambda text, d="", sid="F", num=nf: pl.item(sid, text, d, num=num)
    f("A supported internship at Harbourside General Hospital 4 days a week (Monday to Thursday, 9.00am to 3.00pm) for the academic year 2025–26, with a job coach from the Harbourside College Supported Internship Team working alongside Jordan for the first 2 hours of each working day.")
    f("Employability, English and maths teaching at Harbourside College every Friday, 10.00am to 2.00pm (4 hours), in a group of 8 interns, taught by a qualified further education teacher.")
    f("Job coaching at work as needed.", "vague_word:as needed;no_frequency;no_duration;no_deliverer")
    f("Travel training on the number 14 bus route from home to the hospital: 3 sessions a week of 90 minutes for the first 6 weeks of the spring term.", "no_deliverer")
    f("Sessions with the college's autism specialist practitioner, 1-3 times a term, to review Jordan's workplace adjustments.", "vague_word:1-3 times;no_duration")
    s = f("A 30-minute 1:1 review with his job coach every Thursday at 2.30pm, using Jordan's visual work diary to plan the next week's tasks, agree 1 workplace target and keep the diary up-to-date.")
    pl.trap("F", "up-to-date (hyphenated)", s["text"], "up-to-date")
    f("Teaching of money skills in the hospital café, paying for his lunch with his bank card and checking his receipt, 1:1 for 20 minutes every Tuesday lunchtime, led by his job coach.")
    f("Some additional support in the workplace when tasks change.", "vague_word:Some;vague_word:additional support;no_frequency;no_duration;no_deliverer")
    h("G", "Health provision")
    ng = add_numbering(pl.doc, "decimal", "%1.")
    f("A learning disability annual health check at Harbour Lane Medical Practice: one 30-minute appointment each year with his GP, with a reasonable adjustment of the first appointment of the day, commissioned by Saltmarsh Bay Integrated Care Board.", sid="G", num=ng)
    f("Input from the Community Learning Disability Team psychologist.", "vague_word:Input from;no_frequency;no_duration", sid="G", num=ng)
    h("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)")
    pl.para("Not applicable.")
    pl.secs["H1"]["status"] = "not_applicable"
    h("H2", "Other social care provision (Care Act 2014)")
    nh = add_numbering(pl.doc, "decimal", "%1.")
    f("6 hours a week from a personal assistant to plan, shop for and cook 2 evening meals with Jordan (Tuesdays and Saturdays, 3 hours each), paid through a direct payment from Saltmarsh Bay Adult Social Care.", sid="H2", num=nh)
    f("A supported living assessment to be arranged.", "no_frequency;no_deliverer", sid="H2", num=nh)
    pl.block(h, "I", "Placement", "Harbourside College, a general further education college, Supported Internship Programme (post-19), to July 2026.")
    pl.block(h, "J", "Personal budget", "Jordan receives a direct payment of £4,680 a year from Saltmarsh Bay Adult Social Care to employ the personal assistant in Section H2.")
    pl.block(h, "K", "Advice and information", [
        "Advice from Jordan and his parents, Mr and Mrs Whitfield, 3 September 2025",
        "Educational advice, Ms Carys Owen, Supported Internship Coordinator, Harbourside College, 10 September 2025",
        "Educational psychology advice, Dr Tobias Hurst, Educational Psychologist, 12 September 2025",
        "Social care advice, Leanne Marsh, Social Worker, Saltmarsh Bay Adult Social Care, 8 September 2025",
        "Health advice, Dr Kate Oduya, GP, Harbour Lane Medical Practice, 5 September 2025", ADVICE_NOTE])
    pl.signature("Owen Pritchard", "Post-16 SEND Officer", "5 November 2025", la)
    pl.finish(out)


def plan_blind_epilepsy(out):
    la = "Orchard Vale County Council"
    pl = Plan("blind-epilepsy", "typical", child("Ayaan", "Rahman", "he", "2016-10-19", 4,
              "Brookfield School", ["PMLD", "PD"], "2025-09-30", "2025-09-10"), la,
              {"feature": "blind: Year 4 in a special school, epilepsy and a gastrostomy; very plain: bold Normal headings 'Section E - Outcomes', outcomes and provision as plain paragraphs, details as plain lines",
               "section_style": "bold", "heading_format": "Section {L} - {short}",
               "outcome_layout": "paragraphs", "provision_layout": "paragraphs"}, SPLIT, font="Times New Roman")
    pl.para(la, bold=True)
    pl.para("Education, Health and Care Plan")
    pl.paras(["Name: Ayaan Rahman", "Date of birth: 19/10/2016", "School: Brookfield School", "Year group: Year 4",
              "Date of plan: 30/09/2025", "Date of last annual review: 10/09/2025", "Status: Final", ""])
    h = lambda sid, t: pl.head(sid, "Section %s - %s" % (sid, t), style=None, bold=True)
    pl.block(h, "A", "Views, interests and aspirations", [
        "Ayaan does not use words. His views were gathered by watching him with his class team and from his family in September 2025.",
        "Ayaan loves music with a strong beat, the swing in the sensory garden and being in water. He smiles and vocalises when his sister sings to him.",
        "He dislikes sudden loud noises and being moved without warning.",
        "His parents hope that Ayaan will stay healthy, be able to tell people what he wants, and go on enjoying school with the friends he knows."])
    pl.block(h, "B", "Special educational needs", [
        "Ayaan has profound and multiple learning difficulties. He is working at the early engagement stages and responds to familiar voices, music and touch.",
        "He communicates through facial expression, vocal sounds and looking. He is learning to use eye gaze to make a choice between 2 objects.",
        "Ayaan has cerebral palsy affecting all four limbs and uses a wheelchair with a moulded seat. He needs 2 adults for all transfers, using a hoist."])
    pl.block(h, "C", "Health needs", [
        "Ayaan has epilepsy with tonic-clonic seizures, on average 2 a month, and has a written epilepsy care plan. He has rescue medication (buccal midazolam) for seizures lasting longer than 5 minutes.",
        "Ayaan is fed through a gastrostomy. He has small tastes of puréed food by mouth as part of an eating and drinking plan from the dysphagia service."])
    pl.block(h, "D", "Social care needs", "Ayaan lives with his parents and his sister, aged 12. A carer's assessment in June 2025 found that his parents need regular overnight breaks, as Ayaan wakes several times a night.")
    pl.trap("D", "vague word outside provision", "Ayaan lives with his parents and his sister, aged 12. A carer's assessment in June 2025 found that his parents need regular overnight breaks, as Ayaan wakes several times a night.", "regular")
    h("E", "Outcomes")
    e = lambda text, d="": pl.item("E", text, d)
    e("By July 2026, Ayaan will choose between 2 activities by looking at a symbol on his eye-gaze board for 3 seconds, in 4 out of 5 recorded choices at snack and play times.")
    e("Ayaan will be happy and comfortable in school.", "not_measurable;not_time_bound")
    e("By the end of the spring term 2026, Ayaan will hold his head upright in his wheelchair for 2 minutes during a story, in 3 out of 4 observed sessions.")
    e("Ayaan will receive his gastrostomy feeds at school from trained staff.", "outcome_is_provision;not_time_bound")
    e("By July 2026, Ayaan will reach for and press a switch to make a toy or a tablet app work, within 10 seconds of a spoken cue, in 4 out of 5 sessions over a week.")
    e("By July 2026, Ayaan will show some awareness of the people around him.", "vague_word:some;not_measurable")
    e("Ayaan will let an adult brush his teeth after lunch for 1 minute without pulling away, on 4 days out of 5.", "not_time_bound")
    e("By the end of Year 4 (July 2026), Ayaan will take 5 teaspoons of puréed food by mouth at lunch, following his eating and drinking plan, on 4 days out of 5.")
    h("F", "Special educational provision")
    f = lambda text, d="", sid="F": pl.item(sid, text, d)
    f("Ayaan will be taught in a class of 7 pupils with 1 teacher and 3 teaching assistants throughout the school day, with an adult within arm's reach of him at all times because of his seizures. All the class staff have completed epilepsy awareness training with the Orchard Vale Children's Community Nursing Team.")
    f("A teaching assistant trained in Intensive Interaction by the school's speech and language therapist will carry out two 15-minute 1:1 Intensive Interaction sessions with Ayaan every school day.")
    f("Ayaan's stretching programme, devised by the NHS paediatric physiotherapist, will be carried out for 20 minutes by a teaching assistant trained by the physiotherapist.", "no_frequency")
    f("Ayaan will have access to the sensory room.", "vague_word:access to;no_frequency;no_duration;no_deliverer")
    f("Staff will give Ayaan opportunities to use his eye-gaze equipment throughout the day where appropriate.", "vague_word:opportunities to;vague_word:where appropriate;no_deliverer")
    f("Sensory story sessions in a group of 4 pupils for 30 minutes every Monday, Wednesday and Friday afternoon, led by the class teacher, who has completed training in sensory stories.")
    s = f("Hydrotherapy in the school's wheelchair-accessible pool, 1:1 for 30 minutes every Tuesday morning, delivered by a teaching assistant trained in hydrotherapy and water safety for children with epilepsy by the NHS paediatric physiotherapist, with a second trained adult at the poolside.")
    pl.trap("F", "wheelchair-accessible", s["text"], "wheelchair-accessible")
    h("G", "Health provision")
    f("Gastrostomy feeds at 10.30am and 1.00pm each school day, 30 minutes each, given by 2 teaching assistants trained and signed off as competent by the Orchard Vale Children's Community Nursing Team, which will retrain them every 12 months. The nursing team is commissioned by Orchard Vale Integrated Care Board.", sid="G")
    f("If a seizure lasts longer than 5 minutes, buccal midazolam will be given following Ayaan's epilepsy care plan and an ambulance called.", "no_deliverer", sid="G")
    f("Regular reviews by the community paediatrician and the epilepsy nurse specialist.", "vague_word:Regular;no_frequency;no_duration", sid="G")
    h("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)")
    s = f("Overnight short breaks at Willow Lodge, the Orchard Vale residential short breaks unit, 2 nights a month, with 1:1 care from a care worker trained in epilepsy rescue medication and gastrostomy feeding by the Children's Community Nursing Team, provided by the Orchard Vale Children with Disabilities Team.", sid="H1")
    pl.trap("H1", "short breaks (a service name)", s["text"], "short breaks")
    h("H2", "Other social care provision")
    f("Moving and handling equipment for the family home, such as a ceiling hoist, to be assessed.", "vague_word:such as;no_frequency;no_deliverer", sid="H2")
    pl.block(h, "I", "Placement", "Brookfield School, a maintained special school for pupils aged 2 to 19 with severe and profound and multiple learning difficulties.")
    pl.block(h, "J", "Personal budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Advice from Ayaan's parents, Mr and Mrs Rahman, 1 September 2025",
        "Educational advice, Mrs Helen Dodd, Class Teacher, Brookfield School, 4 September 2025",
        "Medical advice, Dr Alison Frear, Consultant Paediatric Neurologist, 27 August 2025",
        "Physiotherapy advice, Sam Okoro, Paediatric Physiotherapist, 2 September 2025",
        "Social care advice, Nadia Shah, Social Worker, Children with Disabilities Team, 5 September 2025", ADVICE_NOTE])
    pl.signature("Graham Tilley", "EHC Coordinator", "30 September 2025", la)
    pl.finish(out)


# Written blind and measured once before any rule saw them (recall 45/48, false alarms 8/49);
# the rule pack was then corrected on what they showed, so they are test plans now.
ROUND2_PLANS = [plan_blind_dyslexia, plan_blind_semh, plan_blind_bsl, plan_blind_internship, plan_blind_epilepsy]
# Round 3: written from shared/DOMAIN.md's standards without reading the rule pack or the test
# plans' sidecars, measured once, then used for tuning (see ROUND3_PLANS below).

def plan_unseen_braille(out):
    la = "Harbourne County Council"
    pl = Plan("unseen-braille", "typical", child("Ewan", "Gallagher", "he", "2012-12-02", 8,
              "Castlegate Academy", ["VI"], "2025-11-27", "2025-11-05"), la,
              {"feature": "unseen: Year 8 braille user (Leber congenital amaurosis); headings 'E) Outcomes'; E, F, G and H each one 2-column table of Need | Outcome or Need | Provision pairs",
               "section_style": "heading", "heading_level": 2, "heading_format": "{L}) {Title}",
               "outcome_layout": "table2-need", "provision_layout": "table2-need"}, SINGLE, font="Tahoma")
    pl.para("Harbourne County Council · Children's Services · SEND Statutory Team", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Child's name", "Ewan Gallagher"), ("Date of birth", "2 December 2012"),
                ("UPN", "H827401293017"), ("Year group", "Year 8"), ("School", "Castlegate Academy"),
                ("Date of this plan", "27 November 2025"), ("Date of last annual review", "5 November 2025"),
                ("EHC coordinator", "Marcus Ellery"), ("Plan status", "Final")])
    h = lambda sid, t: pl.head(sid, "%s) %s" % (sid, t), style="Heading 2")
    pl.block(h, "A", "Views, interests and aspirations", [
        "Ewan talked to his QTVI about this page in October 2025 and typed it on his BrailleNote.",
        "I'm in Year 8. I like audiobooks, especially anything by Anthony Horowitz, and I play the keyboard. I'm learning a song for the spring concert.",
        "The worst thing is when a teacher hands out a worksheet and mine isn't ready, so I just sit there.",
        "I want to be a sound engineer or work in radio.",
        "Ewan's dad said that Ewan is determined and has a brilliant memory, but he worries that Ewan eats lunch on his own most days."])
    h("B", "Special educational needs")
    pl.paras([
        "Sensory and physical: Ewan has Leber congenital amaurosis. He has light perception only and is registered severely sight impaired. He reads and writes using braille and uses a long cane.",
        "Cognition and learning: Ewan reads uncontracted (Grade 1) braille fluently but is still learning the Grade 2 contractions, so he reads contracted braille at about 35 words per minute. His listening comprehension is above average. Maths is harder for him because he has only recently started the Unified English Braille maths code.",
        "Communication and interaction, and social: Ewan talks confidently with adults but finds it hard to join groups of pupils at break, because he cannot see who is there. He has one close friend in his form.",
        "Independence: Ewan knows the routes to his form room and the music block. He still needs a guide to reach the science block, the sports hall and the canteen, and he cannot yet carry a tray and find a table in the canteen."])
    h("C", "Health needs")
    pl.para("Ewan's eye condition is reviewed by the paediatric ophthalmology team at Harbourne General Hospital. His parents report that his sleep pattern is unsettled, which is common in children with no light perception.")
    h("D", "Social care needs")
    pl.para("Ewan lives with his father and older sister. A social care assessment in September 2025 found that Ewan has few chances to mix with other young people outside school and that he will need equipment at home to help him prepare simple food safely.")
    eh = ["Need", "Outcome"]
    h("E", "Outcomes")
    pl.para("Ewan's QTVI and form tutor will agree termly targets towards these outcomes at each SEN support review.")
    t = pl.table(eh)
    pl.trow(t, "E", eh, ["Reading contracted braille", "By July 2026, Ewan will read a 200-word passage of Grade 2 (contracted) braille aloud at 60 words per minute with at least 90% accuracy, checked each half term by his QTVI."], main=1)
    pl.trow(t, "E", eh, ["Homework", "Ewan will type his homework on his BrailleNote and send it to his teachers through Satchel One for at least 4 out of 5 pieces set."], "not_time_bound", main=1)
    pl.trow(t, "E", eh, ["Getting around school", "By the end of the spring term 2026, Ewan will walk the five routes between his lessons, including the science block and the canteen, using his long cane, independently, on 5 consecutive school days, as checked by his habilitation specialist."], main=1)
    pl.trow(t, "E", eh, ["Worksheets in braille", "Staff will make sure all of Ewan's worksheets are in braille by the end of Year 8."], "outcome_is_provision", main=1)
    s = pl.trow(t, "E", eh, ["Lunchtimes", "By May 2026, Ewan will choose, pay for and carry his own lunch in the canteen and find a seat with his friends, without adult help, on 4 out of 5 days in a week."], main=1)
    pl.trap("E", "the month May before a year", s["text"], "May 2026")
    pl.trow(t, "E", eh, ["Friendships", "Ewan would like to join the school band and make more friends."], "not_measurable;not_time_bound", main=1)
    pl.trow(t, "E", eh, ["Maths in braille", "By the end of Year 8 (July 2026), Ewan will use the Unified English Braille maths code to write out and solve two-step equations, correctly in 8 out of 10 questions."], main=1)
    pl.trow(t, "E", eh, ["Friendships", "By July 2026, Ewan will develop his social skills."], "not_measurable", main=1)
    pl.para("")
    ph = ["Need", "Provision"]
    h("F", "Special educational provision")
    t = pl.table(ph)
    pl.trow(t, "F", ph, ["Reading contracted braille", "Specialist teaching of Grade 2 braille reading and writing: 3 x 45-minute individual sessions per week, delivered by a qualified teacher of children with vision impairment (QTVI) from the Harbourne Sensory Support Service."], main=1)
    s = pl.trow(t, "F", ph, ["Reading print and diagrams in lessons", "Every handout, worksheet, test and homework task put into an accessible format (Grade 2 braille or a tactile diagram) and on Ewan's desk at the start of every lesson, produced by the school's braille transcriber, a teaching assistant with the RNIB Certificate in Braille Transcription; teachers send their materials to her 3 school days in advance."], main=1)
    pl.trap("F", "accessible (not 'access to')", s["text"], "accessible")
    pl.trow(t, "F", ph, ["Lunchtimes and break", "Ewan will have 1:1 support at lunchtimes and break times."], "vague_word:1:1 support;no_deliverer", main=1)
    s = pl.trow(t, "F", ph, ["Getting around school", "Habilitation training (long cane skills and learning new routes): one 60-minute individual session every fortnight in school, delivered by a qualified habilitation specialist from the Harbourne Sensory Support Service, who keeps an up-to-date route map for Ewan's form tutor."], main=1)
    pl.trap("F", "up-to-date (hyphenated)", s["text"], "up-to-date")
    pl.trow(t, "F", ph, ["Using technology", "Training for Ewan in using his BrailleNote Touch and the JAWS screen reader, up to 2 hours per half term, from the Sensory Support Service's assistive technology specialist."], "vague_word:up to", main=1)
    pl.trow(t, "F", ph, ["Using technology", "Touch-typing practice with an audio typing programme (Typio), 3 times a week for 20 minutes, in a group of 2 pupils."], "no_deliverer", main=1)
    pl.trow(t, "F", ph, ["Staff understanding of vision impairment", "A 3-hour training session on vision impairment, braille and sighted guiding for every member of staff who teaches Ewan, delivered by his QTVI by 12 December 2025 and repeated for new staff in the first week of the summer term 2026."], main=1)
    pl.trow(t, "F", ph, ["PE and science practicals", "In every PE lesson and science practical an adult will stay alongside Ewan, as directed by the SENCo."], "vague_word:as directed;no_deliverer", main=1)
    pl.para("")
    h("G", "Health provision")
    t = pl.table(ph)
    pl.trow(t, "G", ph, ["Eye health", "Ophthalmology review: one 40-minute appointment every 12 months at Harbourne General Hospital with a consultant paediatric ophthalmologist, who sends a written report to Ewan's father and his QTVI within 4 weeks; commissioned by Harbourne and Coast Integrated Care Board."], main=1)
    pl.trow(t, "G", ph, ["Sleep", "Sleep advice for Ewan's father from the community paediatrician, ongoing."], "vague_word:ongoing;no_frequency;no_duration", main=1)
    pl.para("")
    h("H", "Social care provision")
    t = pl.table(ph)
    s = pl.trow(t, "H", ph, ["Leisure and friendships", "A place at the Harbourne VI Youth Club: one 2-hour session every other Saturday in term time and 3 days of activities in the Easter holidays, provided by Harbourne Children's Disability Service and staffed by youth workers trained in sighted guiding."], main=1)
    pl.trap("H", "the Easter holidays (a named period)", s["text"], "Easter holidays")
    pl.trow(t, "H", ph, ["Independence at home", "An assessment at home by a sensory social worker from the Harbourne Sensory Team for a talking microwave, a liquid level indicator and other kitchen equipment."], "no_frequency", main=1)
    pl.para("")
    pl.block(h, "I", "Placement", "Castlegate Academy, Mill Lane, Harbourne. Type: mainstream secondary academy (11–16).")
    pl.block(h, "J", "Personal budget", "Ewan's father has not asked for a personal budget.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Parent's views, Mr Liam Gallagher, 6 October 2025",
        "Educational advice, Mrs Anjali Mistry, SENCo, Castlegate Academy, 13 October 2025",
        "Vision impairment advice, Ms Clare Howarth, QTVI, Harbourne Sensory Support Service, 9 October 2025",
        "Habilitation advice, Mr Jonah Prior, Habilitation Specialist, 9 October 2025",
        "Educational psychology advice, Dr Bethan Rhys, Educational Psychologist, 15 October 2025",
        "Medical advice, Dr Oren Feld, Consultant Paediatric Ophthalmologist, 1 October 2025",
        "Social care advice, Ms Sade Bello, Social Worker, Harbourne Sensory Team, 3 October 2025", ADVICE_NOTE])
    pl.signature("Marcus Ellery", "EHC Coordinator", "27 November 2025", la)
    pl.finish(out)


def plan_unseen_gdd(out):
    la = "Cressington Borough Council"
    pl = Plan("unseen-gdd", "typical", child("Rosa", "Lindqvist", "she", "2021-01-15", 0,
              "Little Orchard Infant School", ["GDD"], "2025-12-04", None, phase="primary",
              year_group="Reception"), la,
              {"feature": "unseen: Reception child with global developmental delay; bold (no heading style) section titles; each outcome a sub-heading, a 'Target:' paragraph (the statement) and a 'Success criteria:' paragraph (in the statement's success_criteria); provision bullets under area sub-headings",
               "section_style": "bold", "heading_format": "Section {L}: {Title}",
               "outcome_layout": "target-success-criteria", "provision_layout": "bullets-by-area"}, SPLIT, font="Century Gothic")
    pl.para("CRESSINGTON BOROUGH COUNCIL", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Name", "Rosa Lindqvist"), ("Date of birth", "15/01/2021"), ("Setting", "Little Orchard Infant School (Reception, Robin Class)"),
                ("Parents", "Mrs Hanna Lindqvist and Mr Joel Lindqvist"), ("Date of plan", "04/12/2025"),
                ("Date of last annual review", "Not applicable – first EHC plan"), ("Status", "Final")])
    h = lambda sid, t: pl.head(sid, "Section %s: %s" % (sid, t), style=None, bold=True, size=13)
    pl.block(h, "A", "All about me", [
        "Rosa's views were gathered by her key person through observation and with photo choices in October 2025. Rosa pointed to the photos of the water tray, the swing and her big sister Elsa when asked what she likes best.",
        "Rosa said \"no\" and covered her ears when shown a photo of the hall at lunchtime.",
        "Rosa's parents say she is affectionate, loves music and bubbles, and laughs at her sister's jokes. Their hope is that Rosa will talk in sentences, have a friend to play with and one day go to the same junior school as Elsa."])
    pl.block(h, "B", "Special educational needs", [
        "Rosa has global developmental delay, diagnosed by her community paediatrician in March 2024. Her development across all areas is at about the level expected for a child of 24 to 30 months.",
        "Communication: Rosa uses about 50 single words and a few Makaton signs. She understands simple instructions in familiar routines, but not when they are given to the whole class.",
        "Learning: Rosa matches colours and counts to 3 with an adult. She does not yet recognise her name.",
        "Physical and self-care: Rosa walks and climbs steps one at a time. Her fine motor skills are weak: she holds a crayon in her fist. She is not yet toilet trained and needs help to dress.",
        "Social and emotional: Rosa plays alongside other children but finds turn-taking hard and may push when she has to wait."])
    pl.block(h, "C", "Health needs", "Rosa has low muscle tone (hypotonia) and wears ankle supports. She is reviewed by the community paediatrician and the children's physiotherapy team.")
    pl.block(h, "D", "Social care needs", "Rosa's parents care for her and her sister. An Early Help assessment in September 2025 found that bedtime and mealtime routines are difficult, and that the family would benefit from a short break at weekends.")
    h("E", "Outcomes")
    pl.para("Rosa's class teacher and key person will set small-step targets each half term in her individual learning plan.")

    def outcome(n, area, target, sc, d=""):
        pl.para("Outcome %d – %s" % (n, area), bold=True)
        s = pl.item("E", "Target: " + target, d, success_criteria="Success criteria: " + sc, area=area)
        pl.para("Success criteria: " + sc)
        return s
    outcome(1, "Communication and interaction", "By the end of Reception (July 2026), Rosa will use 2-word phrases to ask for what she wants at snack time and in play.",
            "Rosa uses a 2-word phrase, spoken or signed, such as 'more apple' or 'my turn', without an adult model, on 4 out of 5 occasions observed in a week, recorded by her key person.")
    outcome(2, "Communication and interaction", "Rosa will follow a simple instruction given to the whole class.",
            "Rosa follows a one-step instruction such as 'coats on' or 'sit on the carpet' within 10 seconds, with no more than one visual prompt, in 4 out of 5 instances.", "not_time_bound")
    outcome(3, "Social, emotional and mental health", "By July 2026, Rosa will be happier at school.",
            "Rosa will settle better in the mornings.", "not_measurable")
    outcome(4, "Independence and self-care", "By the end of the spring term 2026, Rosa will put on her coat and her Velcro shoes at home time.",
            "Rosa puts on her coat and both shoes independently within 5 minutes on 4 out of 5 days in a week, recorded on her home-time chart by the class teaching assistant.")
    outcome(5, "Communication and interaction", "By July 2026, adults will use Makaton signs with Rosa throughout the day.",
            "All staff in Robin Class use the 20 core signs.", "outcome_is_provision")
    outcome(6, "Social, emotional and mental health", "By July 2026, Rosa will take turns in a game with 2 other children and an adult.",
            "Rosa waits for her turn and takes it in a 5-minute game, with no more than 2 adult prompts, in 3 out of 4 games observed by her key person.")
    outcome(7, "Independence and self-care", "Rosa's parents would like her to be toilet trained.",
            "Rosa is dry.", "not_measurable;not_time_bound")
    s = outcome(8, "Cognition and learning", "By May 2026, Rosa will count a set of up to 5 objects, touching each object once.",
                "Rosa counts sets of 3, 4 and 5 objects correctly, touching each object once, in 4 out of 5 attempts with her class teacher.")
    pl.trap("E", "the month May before a year", s["text"], "May 2026")
    pl.trap("E", "'up to 5 objects' is the counting range, not a ceiling on provision", s["text"], "up to 5 objects")
    h("F", "Special educational provision")
    b = "List Bullet"
    sub = lambda t: pl.para(t, italic=True)
    sub("Communication and interaction")
    pl.item("F", "Speech and language therapy: one 30-minute individual session every week in school, delivered by an HCPC-registered speech and language therapist from Cressington Children's Therapy Service, who also writes Rosa's communication targets each half term and shows her key person how to practise them.", style=b)
    pl.item("F", "Practice of Rosa's speech and language therapy targets for 10 minutes every morning, 1:1, with her key person, a teaching assistant trained in the programme by the speech and language therapist.", style=b)
    pl.item("F", "Makaton signing to help Rosa understand, used by adults as appropriate.", "vague_word:as appropriate;no_frequency;no_deliverer", style=b)
    sub("Cognition and learning")
    pl.item("F", "A teaching assistant for up to 15 hours a week to work with Rosa on her learning targets in class.", "vague_word:up to", style=b)
    pl.item("F", "Precision teaching of early number and colour names: 3 x 10-minute individual sessions per week, delivered by a teaching assistant trained in precision teaching by the Cressington Educational Psychology Service, with targets set each half term by the class teacher.", style=b)
    sub("Social, emotional and mental health")
    pl.item("F", "Nurture group in the Sunflower Room for 30 minutes every afternoon, run by two teaching assistants trained in the Boxall approach.", "no_group_size", style=b)
    sub("Physical and independence")
    pl.item("F", "A fine motor programme set by the occupational therapist (pencil grip, scissors, buttons), 1-3 times a week for 15 minutes, delivered by the class teaching assistant.", "vague_word:1-3 times", style=b)
    pl.item("F", "A photo timetable on the classroom wall and a now-and-next board on Rosa's table, changed by her key person at every change of activity.", style=b)
    h("G", "Health provision")
    pl.item("G", "Developmental review: one 30-minute appointment every 6 months at Cressington Child Development Centre with a consultant community paediatrician, commissioned by Cressington and Wold Integrated Care Board.", style=b)
    pl.item("G", "Physiotherapy advice to school and home when necessary.", "vague_word:when necessary;no_frequency;no_deliverer", style=b)
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.item("H1", "A place at the Cressington Stay and Play short break, one 3-hour session every Saturday morning in term time, provided by the Cressington Children with Disabilities Team and staffed by early years practitioners trained in Makaton.", style=b)
    h("H2", "Other social care provision")
    pl.item("H2", "Weekly home visits from a Cressington Early Help family support worker to help Rosa's parents set up bedtime and mealtime routines.", "no_duration", style=b)
    pl.block(h, "I", "Placement", "Little Orchard Infant School, Pear Tree Walk, Cressington: a mainstream community infant school maintained by Cressington Borough Council.")
    pl.block(h, "J", "Personal budget", "Rosa's parents have asked for the short break in Section H1 to be taken as a direct payment. This will be £1,140 for the year from January 2026.")
    pl.block(h, "K", "Advice and information", [
        "Parents' advice, Mr and Mrs Lindqvist, 22 September 2025",
        "Early years and educational advice, Miss Laura Penn, Reception teacher and SENCo, Little Orchard Infant School, 1 October 2025",
        "Educational psychology advice, Dr Amir Sadeghi, Educational Psychologist, 3 October 2025",
        "Speech and language therapy advice, Ms Fiona Tait, Speech and Language Therapist, 29 September 2025",
        "Medical advice, Dr Keisha Bramble, Consultant Community Paediatrician, 25 September 2025",
        "Social care advice, Mr Ravi Dhillon, Early Help Practitioner, 26 September 2025", ADVICE_NOTE])
    pl.signature("Nicola Barraclough", "SEND Officer", "4 December 2025", la)
    pl.finish(out)

def plan_unseen_adhd_tics(out):
    la = "Wyeford City Council"
    pl = Plan("unseen-adhd-tics", "typical", child("Dexter", "Nwosu", "he", "2015-10-21", 5,
              "St Brannock's CE Primary School", ["ADHD", "Tic disorder"], "2026-01-15", "2025-12-10"), la,
              {"feature": "unseen: Year 5 ADHD and a tic disorder; 'E. Outcomes' Heading 1; typed E1..E8 outcome paragraphs; F, G, H1, H2 as 5-column tables Provision | Staff | Frequency | Group | Review",
               "section_style": "heading", "heading_level": 1, "heading_format": "{L}. {Title}",
               "outcome_layout": "numbered-typed", "provision_layout": "table5-review"}, SPLIT, font="Calibri")
    pl.para("Wyeford City Council – Inclusion and SEND", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    details4(pl, [("Name", "Dexter Nwosu"), ("Date of birth", "21.10.2015"), ("Year group", "Year 5"),
                  ("School", "St Brannock's CE Primary School"), ("Date of plan", "15.01.2026"),
                  ("Date of last annual review", "10.12.2025"), ("Parent/carer", "Ms Grace Nwosu"),
                  ("Status", "Final")])
    h = lambda sid, t: pl.head(sid, "%s. %s" % (sid, t), style="Heading 1")
    pl.block(h, "A", "Views, interests and aspirations", [
        "Dexter talked to his learning mentor about what matters to him in November 2025. He chose to draw a comic strip and then explained it.",
        "\"I'm fast. I'm the fastest in Year 5 at the 100 metres. I like Minecraft and making things with my grandad.\"",
        "\"My tics come when I'm stressed. When people copy them I get angry and then I'm the one in trouble.\"",
        "\"When I'm older I want to be a PE teacher or a firefighter.\"",
        "Dexter's mum says he is generous and loyal, and that school mornings are a battle because he finds it so hard to get going."])
    pl.block(h, "B", "Special educational needs", [
        "Dexter was diagnosed with ADHD (combined type) in May 2024 and with a chronic tic disorder in July 2025 by the Wyeford Community Paediatrics team. His motor tics are mostly eye blinking, shoulder shrugging and head jerks; he also has throat-clearing and sniffing tics. The tics increase when he is anxious or tired.",
        "Dexter finds it hard to start tasks, to stay in his seat and to wait his turn. He calls out answers and loses track of instructions with more than two steps. In literacy lessons he completes about a third of the written work of his classmates.",
        "At playtime Dexter's games often end in arguments, particularly when other children copy his tics. There were 11 recorded playground incidents in the autumn term 2025.",
        "Dexter's reading is close to age-related expectations. His writing and maths are about two years behind, mainly because of missed learning when he was out of class."])
    pl.block(h, "C", "Health needs", "Dexter takes a long-acting methylphenidate tablet each morning, prescribed by his community paediatrician. His appetite at lunchtime is poor as a result. He is on the waiting list for behavioural therapy for tics at CAMHS.")
    pl.block(h, "D", "Social care needs", "Dexter lives with his mother and two younger brothers. His mother has asked for help with managing Dexter's behaviour at home; an Early Help assessment in October 2025 recommended a parenting programme.")
    h("E", "Outcomes")
    pl.para("These outcomes are for the end of Year 5. The SENCo and class teacher will set termly targets in Dexter's provision map.")
    e = lambda text, d="": pl.item("E", text, d)
    e("E1 By July 2026, Dexter will start a written task within 2 minutes of the instruction, using his task checklist, in 4 out of 5 literacy lessons observed in a week.")
    e("E2 By the end of Year 5, Dexter will shout out less in class.", "not_measurable")
    e("E3 By the end of the spring term 2026, Dexter will tell his teacher when his tics are bothering him by showing his tic pass, on 4 out of 5 occasions recorded by the class teacher.")
    e("E4 Dexter wants to stop getting into trouble at playtime.", "not_measurable;not_time_bound")
    e("E5 By July 2026, Dexter will stay in his seat and work for 15 minutes at a time, with no more than 2 reminders, in 3 out of 4 maths lessons.")
    e("E6 The class teacher will use a reward chart to improve Dexter's behaviour by July 2026.", "outcome_is_provision")
    e("E7 By the end of Year 5 (July 2026), Dexter will play a team game with at least 3 other children for the whole of lunchtime with no incident recorded, on 4 out of 5 days in a week.")
    e("E8 Dexter will hand in his spelling homework every week.", "not_time_bound")
    hdr = ["Provision", "Staff", "Frequency", "Group", "Review"]
    h("F", "Special educational provision")
    t = pl.table(hdr)
    r = lambda sid, values, d="": pl.trow(t, sid, hdr, values, d)
    r("F", ["Movement breaks: a 5-minute job or a lap of the trim trail, planned with Dexter at registration", "Class teaching assistant", "Twice each morning and once each afternoon, 5 minutes each time", "Individual", "Half-termly by the class teacher and SENCo"])
    r("F", ["Self-regulation teaching using the Zones of Regulation", "Learning mentor trained in Zones of Regulation", "Every Tuesday, 30 minutes", "Group of 4 pupils", "Termly at Dexter's SEN support review"])
    r("F", ["Check-ins with a trusted adult", "Any available adult", "Regularly throughout the day", "1:1", "Termly"],
      "vague_word:Regularly@Frequency;no_frequency@Frequency;no_duration@Frequency;no_deliverer@Staff")
    s = r("F", ["Tic pass: when Dexter shows his pass he leaves the classroom for a 5-minute break in the library corner to let his shoulder and neck tics settle, then returns", "Class teacher; the library corner is supervised by the HLTA", "Each time Dexter shows his pass, 5 minutes each time", "Individual", "Half-termly by the SENCo with Dexter and his mother"])
    pl.trap("F", "shoulder (contains 'should')", s["text"], "shoulder")
    r("F", ["Maths tuition to catch up on missed learning", "Qualified teacher", "Up to 3 x 30 minutes per week", "1:1", "Termly"], "vague_word:Up to@Frequency")
    r("F", ["Social skills group using Lego-based therapy", "", "Every Thursday, 40 minutes", "Group of 3 pupils", "Termly by the SENCo"], "no_deliverer@Staff")
    r("F", ["Supervision of Dexter's play in the playground, stepping in to coach turn-taking", "Teaching assistant", "As directed by the SENCo", "1:1", "At the annual review"],
      "vague_word:As directed@Frequency;no_frequency@Frequency;no_duration@Frequency")
    s = r("F", ["Seat at the front of the class, away from the door, with a wobble cushion and an age-appropriate fiddle toy", "Class teacher", "In every lesson", "Individual", "Half-termly by the class teacher"])
    pl.trap("F", "age-appropriate", s["cells"]["Provision"], "age-appropriate")
    pl.para("")
    h("G", "Health provision")
    t = pl.table(hdr)
    r("G", ["ADHD medication review and tic monitoring at Wyeford Community Paediatrics, commissioned by Wyeford and Severn Integrated Care Board", "Consultant community paediatrician", "Every 6 months, one 30-minute appointment", "Individual", "The paediatrician writes to Ms Nwosu and the SENCo after each appointment"])
    r("G", ["Behavioural therapy for tics (CBIT)", "CAMHS", "Ongoing", "1:1", "By CAMHS"], "vague_word:Ongoing@Frequency;no_frequency@Frequency;no_duration@Frequency")
    pl.para("")
    h("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)")
    t = pl.table(hdr)
    r("H1", ["A place at the Wyeford Wildcats after-school sports club with a support worker", "Short breaks support worker trained in ADHD and tic awareness, employed by Wyeford Disabled Children's Service", "Every Wednesday in term time, from 3.15pm to 5.15pm", "1:1 within a club of 12 children", "Annually by the social worker"])
    pl.para("")
    h("H2", "Other social care provision")
    t = pl.table(hdr)
    r("H2", ["New Forest Parenting Programme for Dexter's mother", "Wyeford Early Help family practitioner", "8 weekly sessions", "Parent only", "At the end of the programme"], "no_duration@Frequency")
    pl.para("")
    pl.block(h, "I", "Placement", "St Brannock's CE Primary School, Chapel Street, Wyeford: a mainstream voluntary controlled primary school.")
    pl.block(h, "J", "Personal budget", "No personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Parent's advice, Ms Grace Nwosu, 3 November 2025",
        "Educational advice, Mrs Tessa Varley, SENCo, St Brannock's CE Primary School, 7 November 2025",
        "Educational psychology advice, Mr Owain Pritchard, Educational Psychologist, 12 November 2025",
        "Medical advice, Dr Selin Arslan, Consultant Community Paediatrician, 30 October 2025",
        "Social care advice, Ms Lorna Quayle, Early Help Practitioner, 4 November 2025", ADVICE_NOTE])
    pl.signature("Patrick Osei-Bonsu", "SEND Case Officer", "15 January 2026", la)
    pl.finish(out)


def plan_unseen_duchenne(out):
    la = "Marlstone Council"
    pl = Plan("unseen-duchenne", "typical", child("Benedict", "Hallam", "he", "2009-10-08", 11,
              "Hartcliffe Academy", ["PD"], "2026-02-26", "2026-01-21"), la,
              {"feature": "unseen: 16-year-old with Duchenne muscular dystrophy moving to sixth form; everything in Word auto-numbering: section headings (upperLetter '%1.', title only, Heading 2), B needs, outcomes ('%1.'), F/G/H items ('F.%1', 'G.%1', 'H.%1') and K",
               "section_style": "heading", "heading_level": 2, "heading_format": "{Title} (letter in numbering '%1.')",
               "outcome_layout": "numbered-auto", "provision_layout": "numbered-auto"}, SINGLE, font="Arial")
    pl.para("Marlstone Council", bold=True, size=12)
    pl.para("Education, Health and Care Plan – phase transfer to post-16", style="Title")
    pl.details([("Young person's name", "Benedict Hallam"), ("Date of birth", "08/10/2009"),
                ("Current school", "Hartcliffe Academy (Year 11)"), ("Date of plan", "26/02/2026"),
                ("Date of last annual review", "21/01/2026"), ("Date of next annual review", "January 2027"),
                ("Status", "Amended final plan")])
    sec_num = add_numbering(pl.doc, "upperLetter", "%1.")
    titles = dict(zip(SINGLE, ["Views, interests and aspirations", "Special educational needs", "Health needs",
                               "Social care needs", "Outcomes", "Special educational provision", "Health provision",
                               "Social care provision", "Placement", "Personal budget", "Advice and information"]))
    h = lambda sid: pl.head(sid, titles[sid], style="Heading 2", num=sec_num, num_label="%s." % sid)

    def numbered(lines, fmt="decimal", lvl="%1."):
        nid = add_numbering(pl.doc, fmt, lvl)
        for line in lines:
            pl.para(line, num=nid)
    h("A")
    pl.paras(["Benedict wrote these views with his tutor in January 2026.",
              "I'm 16 and I use a powered wheelchair. I'm good at coding and I run a Discord server for our Minecraft builds.",
              "I want to do A-levels in Computer Science and Maths at Kingsgate and then go to university. I don't want to be treated like I'm fragile.",
              "I get tired by the afternoon and my hands ache if I write for long.",
              "Benedict's mum and dad said that Benedict is clever and stubborn in a good way. They want him to have friends his own age and to be able to direct his own care."])
    h("B")
    numbered(["Benedict has Duchenne muscular dystrophy, diagnosed at age 4. He has used a powered wheelchair full-time since 2022 and needs a hoist for all transfers.",
              "Benedict's hand and arm strength is reducing. He can type for about 10 minutes before his hands tire, and handwriting is no longer practical.",
              "Benedict is predicted grade 7 in GCSE Computer Science and grade 6 in Maths. Fatigue affects his concentration in the afternoons.",
              "Benedict is anxious about the move to a new setting and has said he worries about asking new staff for personal care."])
    h("C")
    pl.para("Benedict takes daily steroids and a heart medicine (ACE inhibitor). He has yearly heart and lung checks at the Bristow Children's Hospital neuromuscular service and may need overnight breathing support (non-invasive ventilation) in the next few years.")
    h("D")
    pl.para("Benedict's parents provide most of his care at home. A Care Act transition assessment will be needed before he turns 18 in October 2027. He would like to go out with friends without a parent.")
    h("E")
    pl.para("Benedict's sixth form tutor will agree termly targets towards these outcomes with him at each progress review.")
    out_num = add_numbering(pl.doc, "decimal", "%1.")
    e = lambda text, d="": pl.item("E", text, d, num=out_num, num_label="%d." % (len(pl.secs["E"]["statements"]) + 1))
    s = e("By the end of Year 12 (July 2027), Benedict will travel from home to Kingsgate Sixth Form College in his powered wheelchair on the accessible number 14 bus, independently, on 4 out of 5 college days.")
    pl.trap("E", "accessible (not 'access to')", s["text"], "accessible")
    e("College staff will help Benedict settle into sixth form.", "outcome_is_provision;not_time_bound")
    e("By the end of the autumn term 2026, Benedict will direct his personal assistant through each step of a hoist transfer to the toilet, giving clear spoken instructions, on 18 out of 20 days recorded in his care log.")
    e("Benedict wants to go to university to study computer science.", "not_measurable;not_time_bound")
    e("By the end of Year 12 (July 2027), Benedict will hand in at least 90% of his A-level Computer Science and Maths homework on time, written with voice recognition software, as shown in the college's tracking system.")
    e("Benedict will plan 2 rest breaks into each college day and take them, on 4 out of 5 days.", "not_time_bound")
    s = e("By May 2027, Benedict will arrange one social activity a month outside college with friends, such as powerchair football or the cinema, using his phone, for 3 months in a row.")
    pl.trap("E", "the month May before a year", s["text"], "May 2027")
    e("By July 2027, Benedict will understand his condition better.", "not_measurable")

    def prov(sid, prefix):
        nid = add_numbering(pl.doc, "decimal", prefix + ".%1")
        return lambda text, d="": pl.item(sid, text, d, num=nid,
                                          num_label="%s.%d" % (prefix, len(pl.secs[sid]["statements"]) + 1))
    h("F")
    f = prov("F", "F")
    f("A 1:1 personal assistant throughout the day, every college day, to help Benedict with personal care, eating and drinking, and moving between rooms, and to scribe for him in timed assessments. The assistant is a teaching assistant trained in manual handling and in the safe use of Benedict's hoist by the Marlstone Children's Occupational Therapy Service.")
    f("25% extra time and supervised rest breaks in exams, arranged by the college's exams officer, as needed.", "vague_word:as needed")
    s = f("Voice recognition software (Dragon Professional) on a college laptop on a wheelchair-mounted arm, in every lesson and for all homework, set up by the college's assistive technology officer by 4 September 2026; the officer checks every Monday that the software is up-to-date.")
    pl.trap("F", "up-to-date (hyphenated)", s["text"], "up-to-date")
    f("Careers guidance with a Level 6 qualified careers adviser on a regular basis, to plan Benedict's route to university.", "vague_word:regular;no_frequency;no_duration")
    f("A place in the small study group for A-level Maths problem-solving, 2 x 45 minutes per week, taught by a qualified maths teacher.", "no_group_size")
    f("Transition to sixth form: six 2-hour visits to Kingsgate Sixth Form College by 17 July 2026, accompanied by a Hartcliffe Academy teaching assistant who knows Benedict, and a 1-hour planning meeting with the college's SENCo, Benedict and his parents by 30 April 2026.")
    h("G")
    g = prov("G", "G")
    s = g("A stretching programme for ankles, hips and shoulders, set by an HCPC-registered physiotherapist from the Marlstone Neuromuscular Team and reviewed by her in a 45-minute session every 6 weeks; Benedict's personal assistant, trained by the physiotherapist, carries out the stretches for 20 minutes every day. Commissioned by Marlstone and Avon Integrated Care Board.")
    pl.trap("G", "shoulders (contains 'should')", s["text"], "shoulders")
    g("Lung function tests and a review of night-time breathing at the Bristow Children's Hospital respiratory clinic, commissioned by Marlstone and Avon Integrated Care Board.", "no_frequency")
    g("Occupational therapy to assess equipment needs at college may be arranged.", "vague_word:may;no_frequency;no_deliverer")
    h("H")
    hh = prov("H", "H")
    hh("A direct payment for a personal assistant for 6 hours every Saturday, employed by Benedict's family through Marlstone Council's direct payment scheme, to go with Benedict to leisure activities; the assistant completes moving and handling training from the Marlstone Adult Social Care Training Team before starting.")
    hh("Support with planning for adult social care as he approaches 18.", "vague_word:Support with;no_frequency;no_deliverer")
    h("I")
    pl.para("From 1 September 2026: Kingsgate Sixth Form College, Station Road, Marlstone, a sixth form college (16–19). Until then: Hartcliffe Academy, a mainstream secondary academy.")
    h("J")
    pl.para("Benedict's family receive the social care provision in Section H as a direct payment of £4,680 a year.")
    h("K")
    numbered(["Young person's and parents' views, 12 January 2026",
              "Educational advice, Mr Femi Adeyemi-Clarke, SENCo, Hartcliffe Academy, 14 January 2026",
              "Educational psychology advice, Dr Helen Marsh, Educational Psychologist, 9 January 2026",
              "Medical advice, Dr Ingrid Solberg, Consultant Paediatric Neurologist, 6 January 2026",
              "Physiotherapy advice, Ms Carys Lloyd, Physiotherapist, Marlstone Neuromuscular Team, 8 January 2026",
              "Social care advice, Mr Tom Birchall, Social Worker, Marlstone Transitions Team, 13 January 2026"])
    pl.para(ADVICE_NOTE)
    pl.signature("Gemma Ashworth", "Post-16 SEND Caseworker", "26 February 2026", la)
    pl.finish(out)

def plan_unseen_looked_after(out):
    la = "Linthorpe Vale Council"
    pl = Plan("unseen-looked-after", "typical", child("Maysa", "Farouk", "she", "2012-03-17", 9,
              "Northgate Community College", ["SEMH", "SLCN"], "2025-12-11", "2025-11-19"), la,
              {"feature": "unseen: looked-after Year 9 pupil with SEMH and speech, language and communication needs; plain layout: Heading 1 'Section X - Title' (hyphen), every outcome and provision item one long multi-sentence Normal paragraph, no numbers, bullets or tables",
               "section_style": "heading", "heading_level": 1, "heading_format": "Section {L} - {Title}",
               "outcome_layout": "long-paragraphs", "provision_layout": "long-paragraphs"}, SPLIT, font="Georgia")
    pl.para("Linthorpe Vale Council, SEND and Inclusion", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Name", "Maysa Farouk"), ("Date of birth", "17 March 2012"), ("Year group", "Year 9"),
                ("School", "Northgate Community College"), ("Legal status", "Looked after (section 31 care order)"),
                ("Social worker", "Mr Daniel Achterberg, Children in Care Team"),
                ("Virtual School education adviser", "Mrs Ruth Olawale"),
                ("Date of plan", "11 December 2025"), ("Date of last annual review", "19 November 2025"),
                ("Status", "Final")])
    h = lambda sid, t: pl.head(sid, "Section %s - %s" % (sid, t), style="Heading 1")
    pl.block(h, "A", "Views, interests and aspirations", [
        "Maysa met the Virtual School's education adviser twice in November 2025 to talk about this plan, and she asked for her words to be written down exactly as she said them. \"I'm good at art and I look after my foster carer's dog, Biscuit. I don't like being asked loads of questions by people I don't know. When teachers talk too fast I don't get it and I'd rather walk out than look stupid. I want to do hair and beauty at college and have my own salon one day.\"",
        "Maysa's foster carer, Mrs Denise Hartley, has looked after Maysa since April 2024. She says that Maysa is funny, loyal and kind to younger children, and that she has settled well at home, but that she still goes quiet and shuts herself away after contact with her birth family."])
    pl.block(h, "B", "Special educational needs", [
        "Maysa came into care in 2019 and has had four placement moves and three changes of school since then. Her educational psychologist (October 2025) describes a pattern of hypervigilance and fast escalation when she feels criticised or confused: Maysa may swear, leave the room or refuse to speak for the rest of the lesson. In the autumn term 2025 she left lessons without permission on 23 occasions, mostly in science and English.",
        "Maysa's speech and language therapy assessment (CELF-5, September 2025) found a language disorder: her understanding of spoken language is at the 5th percentile and her expressive language at the 9th percentile. She finds it hard to follow long instructions, to understand subject vocabulary and to explain events in order, which is one reason that conflicts with other students often escalate. Her reading accuracy is close to her age, but her reading comprehension is about 3 years behind."])
    pl.block(h, "C", "Health needs", "Maysa has annual health assessments as a child in care. Her Strengths and Difficulties Questionnaire score in August 2025 was 24, in the high range. She has been referred to CAMHS for trauma-focused work. She has difficulty getting to sleep.")
    pl.block(h, "D", "Social care needs", "Maysa is subject to a care order and lives with a long-term foster carer. She has supervised contact with her mother once a month and with her younger brother every fortnight. Her care plan aims for her to stay with Mrs Hartley until she is 18. She needs an adult outside her care team whom she can trust.")
    h("E", "Outcomes")
    pl.para("The designated teacher will set short-term targets towards these outcomes in Maysa's Personal Education Plan each term.")
    e = lambda text, d="": pl.item("E", text, d)
    e("Maysa finds it hard to explain what has upset her, and at present she usually walks out of lessons instead. By the end of Year 9 (July 2026), when she feels angry or upset in a lesson, Maysa will show her exit card, leave calmly and go to the Base, and will then tell the learning mentor in 3 or 4 sentences what happened, on 4 out of 5 occasions recorded in the Base log.")
    e("Maysa has had four changes of placement since she came into care, and she finds it hard to trust new adults. Maysa will build trusting relationships with the adults around her at school and at home.", "not_measurable;not_time_bound")
    e("Subject vocabulary is a barrier for Maysa in science and geography. By the end of the spring term 2026, Maysa will explain in her own words the meaning of 3 new key words from each science and geography topic, using her word mat, with at least 80% of the words explained correctly at the end-of-topic check.")
    e("The Virtual School and the designated teacher will make sure that Maysa's PEP targets match this plan and are reviewed every term.", "outcome_is_provision;not_time_bound")
    e("Maysa's attendance fell to 81% in Year 8. By July 2026, Maysa will attend at least 95% of her timetabled sessions in each half term, as recorded on the school register.")
    e("Staff have noticed that Maysa gets drawn into arguments at lunchtime. By the end of Year 9, Maysa will make better choices and be more positive about school.", "not_measurable")
    e("Maysa will choose her GCSE options in Year 9. By the end of the spring term 2026, Maysa will make her option choices with her foster carer and her careers adviser, and will explain to her social worker at her next looked-after review one reason for each choice she has made.")
    e("Maysa should be able to travel to school on the bus by herself, as she does not want to be taken by taxi any more.", "vague_word:should;not_time_bound")
    h("F", "Special educational provision")
    f = lambda text, d="": pl.item("F", text, d)
    s = f("Maysa will have a 30-minute mentoring session with her learning mentor, Ms Joanna Pryce, every Monday and Thursday before registration, 1:1 in the Base. Ms Pryce is ELSA-trained and has completed the Attachment Aware Schools programme. The sessions follow an emotional literacy programme planned with Maysa's educational psychologist, and cover naming feelings, spotting her early warning signs and rehearsing what to say when she needs to leave a lesson.")
    pl.trap("F", "the child's name Maysa (begins with 'may')", s["text"], "Maysa")
    f("Maysa will receive speech and language therapy from an HCPC-registered speech and language therapist from the Linthorpe Vale Secondary Speech and Language Service, in one 45-minute individual session every fortnight, working on understanding and using subject vocabulary and on telling events in order. The therapist will write a programme that a teaching assistant trained by the therapist will practise with Maysa 3 times a week for 15 minutes, 1:1, during tutor time.")
    f("Maysa will have access to the Base when she feels she needs it, and staff will support her to go back to lessons as soon as she is ready.", "vague_word:access to;vague_word:when she feels she needs it;no_deliverer")
    f("Maysa will be taught reading comprehension using the Reciprocal Reading programme for up to 3 hours a week, by a higher level teaching assistant trained in the programme, in a group of 6 students.", "vague_word:up to")
    f("A key adult will check in with Maysa regularly to see how she is getting on with her placement and her friendships, and will pass any worries on to the designated teacher.", "vague_word:regularly;no_frequency;no_duration;no_deliverer")
    f("In every lesson, Maysa's teachers will give instructions in short steps, check that she has understood by asking her to say the task back in her own words, and give her a printed list of the key words for the lesson. The SENCo will train all of Maysa's subject teachers in these strategies in a 1-hour session by 16 January 2026, and a teaching assistant will check her key word lists with her every Friday for 10 minutes.")
    s = f("Maysa will attend a social communication group every Wednesday for 50 minutes (period 3), in a group of no more than 4 students, run by a speech and language therapy assistant supervised by the speech and language therapist. The group works on starting and repairing conversations, reading other people's reactions and sorting out disagreements without walking away.")
    pl.trap("F", "a ceiling on group size protects the child", s["text"], "no more than 4 students")
    h("G", "Health provision")
    pl.item("G", "Maysa will be seen by a clinical psychologist from the Linthorpe Vale CAMHS Looked After Children Team for trauma-focused therapy, in one 50-minute session every week for 12 weeks from January 2026. The psychologist will send a written summary to her social worker, her foster carer and the designated teacher at the end of the 12 weeks. This is commissioned by Linthorpe and Tees Integrated Care Board.")
    pl.item("G", "Maysa's annual health assessment as a child in care will be carried out by the looked-after children's nurse, who will also talk to her about sleep and healthy eating as appropriate.", "vague_word:as appropriate")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.para("Maysa has no needs that call for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    pl.secs["H1"]["status"] = "no_needs"
    h("H2", "Other social care provision")
    pl.item("H2", "Maysa's social worker, Mr Daniel Achterberg of the Linthorpe Vale Children in Care Team, will visit her at her foster home every 6 weeks and see her on her own for at least 30 minutes at each visit, in line with her care plan. Her Personal Education Plan will be reviewed each term in a 1-hour meeting chaired by the Virtual School's education adviser, with Maysa, her foster carer and the designated teacher.")
    pl.item("H2", "Maysa may be offered a place on the Virtual School's summer activity week.", "vague_word:may")
    pl.item("H2", "An independent visitor, a volunteer matched to Maysa through the Linthorpe Vale Independent Visitor Scheme, will take her on an outing once a month.", "no_duration")
    pl.block(h, "I", "Placement", "Northgate Community College, Ferry Road, Linthorpe: a mainstream community secondary school (11–16).")
    pl.block(h, "J", "Personal budget", "A personal budget is not available for a child in care; no personal budget has been requested.")
    pl.secs["J"]["status"] = "no_needs"
    pl.block(h, "K", "Advice and information", [
        "Advice from Maysa and her foster carer, Mrs Denise Hartley, 14 November 2025",
        "Educational advice, Mr Conor Lavelle, SENCo and designated teacher, Northgate Community College, 31 October 2025",
        "Educational psychology advice, Dr Sunita Rao, Educational Psychologist, 24 October 2025",
        "Speech and language therapy advice, Ms Lucy Marchetti, Speech and Language Therapist, 30 September 2025",
        "Medical advice, Dr Peter Okello, Designated Doctor for Looked After Children, 5 November 2025",
        "Social care advice, Mr Daniel Achterberg, Social Worker, Children in Care Team, 7 November 2025",
        "Virtual School advice, Mrs Ruth Olawale, Education Adviser, 10 November 2025", ADVICE_NOTE])
    pl.signature("Farah Nazir", "EHC Plan Coordinator", "11 December 2025", la)
    pl.finish(out)


# Written unseen and measured once (segmentation 207/215, recall 47/50, false alarms 5/49)
# before the segmenter and rules were corrected on them: test plans now.
ROUND3_PLANS = [plan_unseen_braille, plan_unseen_gdd, plan_unseen_adhd_tics, plan_unseen_duchenne,
               plan_unseen_looked_after]
# ---------------------------------------------------------------- blind plans (fresh-*)
# Written without reading the rules, the segmenter or the other plans, in layouts and wording of
# four imagined councils. For measuring only: see tests/data/blind/README.md.

def plan_fresh_stammer_anxiety(out):
    """Year 7, stammer and anxiety. 'Part X —' bold headings, outcomes as a
    What we want to achieve | How we will know | When table, F in Universal/Targeted/Specialist tiers."""
    la = "Wyvernshire County Council"
    ch = child("Idris", "Okonkwo-Hale", "he", "19/03/2015", 7, "Marlcombe Academy", ["SLCN", "SEMH"],
               "9 November 2026", "Not applicable – first EHC plan")
    pl = Plan("fresh-stammer-anxiety", "typical", ch, la,
              {"section_style": "bold", "heading_format": "Part E — Outcomes (em dash, bold 13 pt)",
               "outcome_layout": "table3: What we want to achieve | How we will know | When",
               "provision_layout": "tiered bullets: Universal / Targeted / Specialist subheadings"},
              SPLIT, font="Calibri")

    def h(sid, title, **kw):
        pl.head(sid, "Part %s — %s" % (sid, title), style=None, bold=True, size=13, **kw)

    front(pl, "Idris Okonkwo-Hale", "19/03/2015", "9 November 2026", "Not applicable – first EHC plan",
          "Marlcombe Academy (Year 7)", la, status="Final", next_review="November 2027")
    pl.block(h, "A", "About me: my views, interests and aspirations", [
        "I'm Idris. I like drawing comics, Minecraft and going to the skate park with my cousin Femi.",
        "When I get stuck on a word I want people to wait. Don't finish it for me and don't say "
        "'slow down'. I hate reading out loud in front of the class but I want to be able to do it, "
        "because one day I want to make videos about my comics.",
        "Mum says Idris is funny and kind. He talks easily at home but goes quiet with people he does "
        "not know, and he has started to say he is ill on days when he has to speak in class.",
        "Idris would like to be an animator and to go to the art college in Wyvernbury after Year 11."])
    pl.block(h, "B", "Special educational needs", [
        "Communication and interaction: Idris has a moderate to severe developmental stammer "
        "(Wyvernshire Stammering Support Team assessment, June 2026). He has blocks on the first sound "
        "of words, especially /b/ and /d/ and his own name, and he swaps or avoids words he expects to "
        "stammer on. In class he often answers 'I don't know' rather than risk a block.",
        "Social, emotional and mental health: his worry about speaking has grown since he moved to "
        "secondary school. He scored 68 on the Spence Children's Anxiety Scale. He missed 14 sessions "
        "in the first half of the autumn term, mostly on days with presentations or oral French, and "
        "staff think he may refuse to come in on those days.",
        "Cognition and learning: Idris is working at age-related expectations in maths and science, "
        "and his written English is a strength."])
    pl.block(h, "C", "Health needs",
             "Idris has mild asthma and carries his own blue inhaler for PE. His GP referred him to CAMHS "
             "in September 2026 for anxiety and he has been accepted for cognitive behavioural therapy.")
    h("D", "Social care needs", status="no_needs")
    pl.para("Idris has no identified social care needs and is not known to children's social care.")

    h("E", "Outcomes")
    pl.para("Idris helped to choose these outcomes. The SENCo will agree shorter-term targets with him "
            "each term and record them on his SEN support plan.")
    hdr = ["What we want to achieve", "How we will know", "When"]
    t = pl.table(hdr, shade_fill="FCE4D6")
    pl.trow(t, "E", hdr, [
        "Idris will order his own lunch at the canteen counter using his easy-onset technique, "
        "without an adult speaking for him.",
        "His learning mentor checks on Mondays and Thursdays: Idris orders for himself on at least "
        "8 of 10 checked days.",
        "By the end of the spring term 2027"])
    pl.trow(t, "E", hdr, [
        "Idris will read a paragraph of about 80 words aloud to his tutor group, using his pausing "
        "and phrasing strategies.",
        "His form tutor logs each planned reading: Idris reads on 3 of 4 planned occasions.",
        "By May 2027"])
    pl.trap("E", "month_may", "By May 2027", "May 2027")
    pl.trow(t, "E", hdr, [
        "Idris will feel more confident about speaking up in lessons.",
        "Teachers will notice he is more relaxed.",
        "By the end of Year 8"], "not_measurable")
    pl.trow(t, "E", hdr, [
        "Idris will receive fortnightly therapy from the Stammering Support Team to work on his fluency.",
        "Therapy attendance.",
        "Summer 2027"], "outcome_is_provision")
    pl.trow(t, "E", hdr, [
        "Idris will use his worry-scale card to show his key teacher when his worry is at 4 or 5 out "
        "of 5, then use his 2-minute breathing routine.",
        "Logged in his planner: he uses the card without being asked on 4 of 5 logged occasions.",
        "When he feels ready"], "not_time_bound@When")
    pl.trow(t, "E", hdr, [
        "Idris will attend school on at least 95% of sessions each half-term, including days with "
        "oral French or presentations.",
        "Attendance figures checked by the head of year at the end of every half-term.",
        "From January 2027 to July 2027"])
    pl.trow(t, "E", hdr, [
        "Idris will begin to join in with paired and group discussions in English and science.",
        "TBC",
        "By the end of Year 8"], "not_measurable;placeholder:TBC@How we will know")
    pl.para("")

    h("F", "Special educational provision")
    pl.para("Provision is set out in the three tiers used by Wyvernshire schools. Every item below is "
            "provision that the local authority must secure for Idris.")
    for tier, items in [
        ("Universal", [
            ("All of Idris's subject teachers will follow his communication passport in every lesson: "
             "they will wait at least 5 seconds for him to finish a word, will not finish words for him, "
             "and will only ask him to read aloud or present when he has agreed to it beforehand.", ""),
            ("Idris should not be put on the spot to answer in class.",
             "vague_word:should;no_frequency;no_deliverer")]),
        ("Targeted", [
            ("A learning mentor, trained in stammering awareness by the Wyvernshire Stammering Support "
             "Team, will meet Idris 1:1 for a 15-minute check-in at 8.30am every Monday, Wednesday and "
             "Friday, going through the day's timetable and rehearsing any speaking task planned for "
             "that day.", ""),
            ("Idris to attend a small social skills group run by the ELSA.",
             "no_frequency;no_duration;no_group_size"),
            ("An ELSA-trained teaching assistant will run a 6-week anxiety programme (Starving the "
             "Anxiety Gremlin) for Idris and two other pupils from Year 7, one 40-minute session each "
             "Tuesday in period 5, starting in the week of 11 January 2027.", "")]),
        ("Specialist", [
            ("A speech and language therapist from the Wyvernshire Stammering Support Team will give "
             "Idris 1:1 fluency therapy for 45 minutes every fortnight in term time, and will set a "
             "10-minute home practice task after each session.", ""),
            ("Speech and language therapy input will be provided as required.",
             "vague_word:as required;no_frequency;no_duration;no_deliverer"),
            ("Training on stammering awareness to be arranged for staff who teach Idris.",
             "no_frequency;no_deliverer")])]:
        pl.para(tier, bold=True)
        for text, dspec in items:
            pl.item("F", text, dspec, style="List Bullet", tier=tier)
    pl.para("The SENCo will review this provision with Idris and his mother at a meeting each term.")

    h("G", "Health care provision")
    pl.item("G", "A clinical psychologist from the Marlcombe CAMHS team will deliver 12 sessions of "
                 "cognitive behavioural therapy for anxiety to Idris, one 50-minute session each week at "
                 "the Marlcombe Child and Family Clinic, starting by 31 January 2027.")
    pl.item("G", "Idris may be re-referred to CAMHS if his anxiety gets worse.",
            "vague_word:may;no_frequency;no_deliverer")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
      status="no_needs")
    pl.para("Idris has no identified social care needs, so no provision is made under section 2 of the "
            "Chronically Sick and Disabled Persons Act 1970.")
    h("H2", "Any other social care provision", status="not_applicable")
    pl.para("Not applicable.")
    pl.block(h, "I", "Placement", "Marlcombe Academy, Wyvernbury (mainstream secondary academy, ages 11–16).")
    h("J", "Personal budget", status="no_needs")
    pl.para("No personal budget has been requested.")
    h("K", "Advice and information")
    k = ["Parental advice: Mrs A. Okonkwo-Hale, 2 July 2026",
         "Educational advice: Mr J. Pryce, SENCo, Marlcombe Academy, 30 June 2026",
         "Psychological advice: Dr P. Shah, Educational Psychologist, [insert date]",
         "Speech and language therapy advice: Wyvernshire Stammering Support Team, 18 June 2026",
         "Health advice: Dr R. Adeyemi, Community Paediatrician, 3 July 2026",
         "Social care advice: Wyvernshire Children's Services, 25 June 2026"]
    for line in k:
        pl.para(line, style="List Bullet")
    pl.defect("K", "placeholder", k[2], match="[insert date]")
    pl.para(ADVICE_NOTE)
    pl.signature("Hannah Lockwood", "SEND Casework Officer", "9 November 2026", la)
    pl.finish(out)


def plan_fresh_wheelchair_eyegaze(out):
    """Year 3, cerebral palsy, powered wheelchair and eye-gaze aid. Each heading in its own bordered,
    shaded single-cell table; outcomes typed 'E1 –' under area subheadings; F and G as 3-column tables."""
    la = "Borough of Kessingham"
    ch = child("Eilidh", "Marchetti", "she", "08/11/2018", 3, "St Aldhelm's CE Primary School",
               ["PD", "SLCN"], "02/10/2026", "01/07/2026")
    pl = Plan("fresh-wheelchair-eyegaze", "typical", ch, la,
              {"section_style": "boxed: each heading in a bordered single-cell shaded table",
               "heading_format": "Section E – Outcomes (en dash)",
               "outcome_layout": "typed 'E1 –' paragraphs under area-of-need subheadings",
               "provision_layout": "table3: Provision | How often / how long | Who (and training)"},
              SPLIT, font="Verdana")

    def box(sid, title, **kw):
        text = "Section %s – %s" % (sid, title)
        t = pl.table(cols=1)
        pl.row(t, [text], shade_fill="DDD9C4", bold=True)
        pl.section(sid, text, **kw)
        pl.para("")

    pl.para(la + " – Special Educational Needs and Disability Service", bold=True, size=12)
    pl.para("Education, Health and Care Plan (amended final)", style="Title")
    pl.details([("Child's name", "Eilidh Marchetti"), ("Date of birth", "08/11/2018"),
                ("Year group", "Year 3"), ("School", "St Aldhelm's CE Primary School"),
                ("Parents", "Gianluca and Shona Marchetti"), ("Date of this plan", "02/10/2026"),
                ("Date of last annual review", "01/07/2026"), ("Next review by", "01/07/2027"),
                ("EHC coordinator", "Ruth Adebayo-Kent")])
    box("A", "Eilidh's views, interests and aspirations")
    pl.paras([
        "Eilidh told us with her eye-gaze device: 'I like horses. I like going fast in my chair. "
        "I want to talk to my friends at play.'",
        "She chose photos of her favourite things at school: the allotment, the sensory room and "
        "Ms Okoro playing the guitar.",
        "Her parents want Eilidh to have friends, to be able to tell people what she wants, and to do "
        "as much for herself as she can. Eilidh says she wants to ride at the Riding for the Disabled "
        "centre and to be a vet 'for horses'."])
    box("B", "Special educational needs")
    pl.paras([
        "Eilidh has quadriplegic cerebral palsy (GMFCS level IV). She cannot walk or sit without "
        "support and uses a powered wheelchair with a head array, which she has driven at school "
        "since March 2026.",
        "Communication: Eilidh has no reliable speech. She says 'yeah' and 'mum', and uses eye "
        "pointing, facial expression and her eye-gaze communication aid (Grid 3). She understands "
        "sentences with 3 to 4 key words, uses single symbols reliably and is starting to join two.",
        "Physical: she cannot hold a pencil or use a standard keyboard. She tires by the afternoon and "
        "needs a change of position every 40 minutes to protect her hips and skin.",
        "Learning: when she can answer through her device, Eilidh shows she is working within the "
        "Year 1 curriculum in reading and maths; she should not be judged on recorded work alone."])
    box("C", "Health needs")
    pl.para("Eilidh's cerebral palsy is overseen by the Kessingham Child Development Centre. She has hip "
            "X-rays every 6 months and takes baclofen at home for muscle stiffness. She has reflux and "
            "eats a soft, mashable diet, as advised by the dysphagia team in May 2026.")
    box("D", "Social care needs", status="empty")

    box("E", "Outcomes")
    pl.para("Outcomes are grouped by area of need. Eilidh's class teacher sets termly targets towards "
            "each one and shares them with her parents.")
    for area, items in [
        ("Communication and interaction", [
            ("E1 – By the end of Year 4, Eilidh will use her eye-gaze device to make requests in class "
             "with sentences of 3 symbols (for example 'I want paint'), on 4 of 5 occasions recorded by "
             "her teaching assistant.", ""),
            ("E2 – Eilidh will have daily speech and language therapy to help her communicate.",
             "outcome_is_provision;not_time_bound"),
            ("E3 – By July 2027, Eilidh will answer 'who' and 'where' questions about a class story "
             "with her eye-gaze device, choosing from a page of 12 symbols, and get 3 out of 4 "
             "questions right in each weekly check.", "")]),
        ("Physical and sensory", [
            ("E4 – By the end of Year 3, Eilidh will improve her posture and sitting tolerance.",
             "not_measurable"),
            ("E5 – By the end of the spring term 2027, Eilidh will drive her powered wheelchair from "
             "her classroom to the hall and back with her head array, with no more than 2 verbal "
             "prompts from her teaching assistant.", "")]),
        ("Independence and self-care", [
            ("E6 – Eilidh will be more independent at lunchtime and will make choices about her food "
             "where possible.", "vague_word:where possible;not_measurable;not_time_bound"),
            ("E7 – By her next annual review, Eilidh will use her eye-gaze device to tell the midday "
             "supervisor which of 2 meal choices she wants, every day for 2 weeks in a row.", "")])]:
        pl.para(area, bold=True, italic=True)
        for text, dspec in items:
            pl.item("E", text, dspec, area=area)

    hdr = ["Provision", "How often / how long", "Who (and training)"]
    HOW, WHO = hdr[1], hdr[2]
    box("F", "Special educational provision")
    pl.para("Each line says what Eilidh will receive, how much, and who will provide it.")
    t = pl.table(hdr, shade_fill="EEECE1")
    pl.trow(t, "F", hdr, [
        "1:1 teaching assistant throughout the school day to set up and position her eye-gaze device "
        "for every lesson, model vocabulary on it during teaching, and carry out her position changes "
        "every 40 minutes.",
        "8.45am to 3.15pm, every school day (32.5 hours a week)",
        "A teaching assistant trained in Eilidh's moving and handling plan by the NHS children's "
        "physiotherapist, and in eye-gaze set-up by the Kessingham AAC Hub"])
    pl.trow(t, "F", hdr, [
        "Speech and language therapy for her eye-gaze communication aid: direct 1:1 therapy on core "
        "vocabulary and joining symbols in Grid 3, with her teaching assistant present so that the "
        "targets carry over into class.",
        "45 minutes every week in term time",
        "An HCPC-registered speech and language therapist from the Kessingham AAC Hub"])
    pl.trow(t, "F", hdr, [
        "Eilidh needs to practise using her communication aid in lessons.", "Regularly", "Staff"],
        "vague_word:Regularly@%s;no_frequency@%s;no_duration@%s;no_deliverer@%s" % (HOW, HOW, HOW, WHO))
    f4 = pl.trow(t, "F", hdr, [
        "Physiotherapy programme: standing frame, then a stretching routine for her hamstrings, hips "
        "and shoulders.",
        "Standing frame 30 minutes twice a day; stretches 15 minutes every afternoon",
        "Teaching assistant trained and signed off by the NHS children's physiotherapist, who checks "
        "the programme in school once every half-term"])
    pl.trap("F", "shoulders", f4["text"], "shoulders")
    f5 = pl.trow(t, "F", hdr, [
        "Step-free access to her classroom, the hall, the library and the playground, with the ramp at "
        "the Year 3 door checked before 8.30am.",
        "Every school day",
        "Site manager"])
    pl.trap("F", "physical_access", f5["text"], "access to")
    pl.trow(t, "F", hdr, ["Adapted PE in a small group.", "Weekly", "PE teacher"],
            "no_duration@%s;no_group_size" % HOW)
    pl.trow(t, "F", hdr, ["Eye-gaze device recalibrated and vocabulary pages updated.",
                          "Every half-term, 30 minutes", "-"], "no_deliverer@%s" % WHO)
    pl.para("")

    box("G", "Health care provision")
    t = pl.table(hdr, shade_fill="EEECE1")
    pl.trow(t, "G", hdr, [
        "Review of her powered wheelchair, head-array controls and tilt-in-space seating.",
        "One 1-hour clinic appointment every 6 months, the next by 31 March 2027",
        "Kessingham Wheelchair Service (clinical engineer and occupational therapist)"])
    pl.trow(t, "G", hdr, ["Paediatrician to monitor her hips and posture.", "Ongoing",
                          "Community paediatrician"],
            "vague_word:Ongoing@%s;no_frequency@%s" % (HOW, HOW))
    pl.para("")

    box("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.item("H1", "A personal assistant, paid through a direct payment and trained in hoisting by the "
                  "Kessingham Children's Occupational Therapy Service, will take Eilidh to the inclusive "
                  "swimming session at Harlow Lane Leisure Centre for 3 hours every Saturday morning.")
    box("H2", "Other social care provision")
    pl.item("H2", "Short breaks from the Children with Disabilities Team, hours to be agreed at the next "
                  "resource panel.", "no_frequency;no_duration")
    box("I", "Placement")
    pl.para("St Aldhelm's CE Primary School, Kessingham (mainstream primary school with an enhanced "
            "resource base for pupils with physical disabilities).")
    box("J", "Personal budget")
    pl.para("A social care direct payment of £62.40 a week (3 hours of personal assistant time at £20.80 "
            "an hour) pays for the personal assistant in Section H1.")
    box("K", "Advice and information")
    pl.paras(["Parents' advice – Mr and Mrs Marchetti – 12 June 2026",
              "Educational advice – Mrs L. Fenn, SENCo, St Aldhelm's CE Primary School – 10 June 2026",
              "Educational psychology advice – Dr S. Mahmood, Educational Psychologist – 3 June 2026",
              "Speech and language therapy advice – Kessingham AAC Hub – 28 May 2026",
              "Physiotherapy and occupational therapy advice – Kessingham Children's Therapies – 2 June 2026",
              "Medical advice – Dr K. Lindqvist, Community Paediatrician – 5 June 2026",
              "Social care advice – Children with Disabilities Team – 9 June 2026",
              ADVICE_NOTE])
    pl.signature("Ruth Adebayo-Kent", "EHC Coordinator", "02/10/2026", la)
    pl.finish(out)


def plan_fresh_college_eating_disorder(out):
    """17, autism and anorexia nervosa, at FE college. 'Section E (Outcomes)' Heading 1 headings,
    outcomes under the four preparing-for-adulthood areas, typed F1./G1. paragraphs (some split
    across runs), and one combined 'Section H (H1 and H2)' heading over H1.1 / H2.1 items."""
    la = "Castlebridge City Council"
    ch = child("Lowri", "Hassani", "she", "02/07/2009", 13, "Fenwold College", ["ASD", "SEMH"],
               "16 October 2026", "24 September 2026", year_group="Year 13 (second year of college)")
    pl = Plan("fresh-college-eating-disorder", "typical", ch, la,
              {"section_style": "heading", "heading_format": "Section E (Outcomes)",
               "h_combined_heading": "Section H (H1 and H2)",
               "outcome_layout": "paragraphs under preparing-for-adulthood subheadings",
               "provision_layout": "numbered-paras typed F1. / G1. / H1.1, some split across runs"},
              SPLIT, font="Georgia")

    def h(sid, title, **kw):
        pl.head(sid, "Section %s (%s)" % (sid, title), **kw)

    pl.para(la + " · SEND Team", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Young person's name", "Lowri Hassani"), ("Date of birth", "2 July 2009"),
                ("Age", "17"), ("College", "Fenwold College"),
                ("Course", "Level 3 Extended Diploma in Art and Design (second year)"),
                ("Date of plan", "16 October 2026"), ("Date of last annual review", "24 September 2026"),
                ("Next annual review due", "September 2027"), ("Status", "Final (amended)")])
    h("A", "Views, interests and aspirations")
    pl.paras([
        "I'm Lowri. I'm in my second year at Fenwold doing art and design. I love printmaking, lino "
        "cutting and charity shops.",
        "The canteen is really hard for me. It's loud and everyone can see what you eat. I need people "
        "to tell me about changes before they happen, not on the day.",
        "I want to study illustration at university in Bristol and live in halls with other people.",
        "Lowri's mother says she is determined and very funny once she knows people."])
    h("B", "Special educational needs")
    pl.paras([
        "Lowri is autistic (diagnosed at 14). She processes spoken information more slowly when she is "
        "anxious, finds unplanned change very hard, and masks her difficulties at college so that "
        "tutors often do not see them until she stops attending.",
        "Since February 2026 she has had a restrictive eating disorder (anorexia nervosa), diagnosed by "
        "the Castlebridge Community Eating Disorder Service. Her attendance fell to 81% last year, and "
        "staff report she may leave lessons before lunch to avoid the canteen.",
        "Her art practice is a real strength: her tutors predict a Distinction if she completes all "
        "units."])
    h("C", "Health needs")
    pl.para("Lowri is in family-based treatment with the Community Eating Disorder Service and sees a "
            "dietitian there. Her weight is being restored and her physical observations are stable. "
            "Her GP reviews her blood tests every 3 months.")
    h("D", "Social care needs")
    pl.para("Lowri is not open to children's social care. She turns 18 in July 2027 and her Care Act "
            "transition assessment began in September 2026.")

    h("E", "Outcomes")
    pl.para("Outcomes follow the four preparing-for-adulthood areas. Lowri's personal tutor sets "
            "half-termly targets with her and records them in her individual learning plan.")
    for area, items in [
        ("Employment and further learning", [
            ("By the end of her course in June 2027, Lowri will complete all 13 units of her Level 3 "
             "Extended Diploma, handing in each assignment by its deadline or by an extension agreed "
             "with her tutor before the deadline.", ""),
            ("Lowri will gain work experience in a creative industry.", "not_time_bound;not_measurable")]),
        ("Independent living", [
            ("By March 2027, Lowri will plan, buy and cook a two-course meal from her meal plan for "
             "herself and one friend in the college training kitchen, without prompts from staff, on "
             "3 occasions.", ""),
            ("Lowri will be supported by her mentor to travel to college on the bus.",
             "outcome_is_provision;not_time_bound")]),
        ("Friends, relationships and community", [
            ("By July 2027, Lowri will attend the Fenwold Young Artists' Collective on Thursday "
             "evenings for at least 8 of the 10 sessions each term, travelling there and back "
             "independently by bus.", ""),
            ("By the end of her course, Lowri will understand her autism better and know how to manage "
             "her anxiety.", "not_measurable")]),
        ("Good health", [
            ("By the end of the spring term 2027, Lowri will eat the lunch on her dietitian-agreed meal "
             "plan in the college's quiet dining room on at least 4 of 5 college days each week, for 6 "
             "weeks in a row, as recorded in her meal diary.", ""),
            ("Lowri should maintain a healthy weight.", "vague_word:should;not_time_bound;not_measurable")])]:
        pl.para(area, style="Heading 3")
        for text, dspec in items:
            s = pl.item("E", text, dspec, area=area)
            if "will attend the Fenwold" in text:
                pl.trap("E", "attend_community_outcome", text, "will attend")

    h("F", "Special educational provision")
    f1 = ("F1. Autism mentoring: a learning mentor from the college's Additional Learning Support team, "
          "who has completed the Autism Education Trust's Good Autism Practice training, will meet Lowri "
          "1:1 for 45 minutes every Monday at 9.30am to plan her week, break each assignment into dated "
          "steps and agree a plan for the canteen and other busy times.")
    cut = f1.index("Autism Education") + 9
    pl.item("F", f1, parts=[f1[:cut], f1[cut:cut + 3], f1[cut + 3:]])
    pl.item("F", "F2. Lowri will have access to a quiet room at lunch and break times.",
            "vague_word:access to;no_deliverer")
    pl.item("F", "F3. Exam access arrangements in all internal assessments and external exams: 25% extra "
                 "time, a separate room with no more than 6 candidates, and a 10-minute rest break in "
                 "each hour, applied for by the college's exams officer by 31 January 2027.")
    pl.item("F", "F4. Travel training: a travel trainer from the Castlebridge Independent Travel Training "
                 "Team will accompany Lowri on the 40-minute bus journey from home to college twice a "
                 "week, on Tuesdays and Thursdays, for 6 weeks from 4 January 2027, then follow at a "
                 "distance for 4 more weeks.")
    pl.item("F", "F5. Input from the college counsellor for anxiety, up to 6 sessions.",
            "vague_word:up to;no_frequency;no_duration")
    pl.item("F", "F6. Lowri will join a small social group at lunchtime once a week for 30 minutes, run "
                 "by her autism mentor.", "no_group_size")

    h("G", "Health provision")
    pl.item("G", "G1. Family-based treatment for anorexia nervosa from the Castlebridge Community Eating "
                 "Disorder Service: one 60-minute family session every week with Lowri's named clinician, "
                 "a clinical psychologist, with her weight and physical observations checked by the "
                 "service's nurse at each session.")
    g2 = ("G2. A registered dietitian from the Community Eating Disorder Service will review Lowri's meal "
          "plan with her for 30 minutes once a fortnight and send the updated plan to her learning "
          "mentor within 2 working days of each review.")
    cut = g2.index("fortnight") + 4
    pl.item("G", g2, parts=[g2[:cut], g2[cut:]])
    pl.item("G", "G3. College nurse to keep an eye on Lowri's eating and weigh her if staff are worried.",
            "no_frequency;no_duration")

    pl.head(["H1", "H2"], "Section H (H1 and H2)")
    pl.item("H1", "H1.1 A family support worker from the Castlebridge Early Help service will help at home "
                  "with evening meals as and when Lowri's mother asks.",
            "vague_word:as and when;no_frequency;no_duration")
    pl.item("H2", "H2.1 A transitions social worker from the Castlebridge Preparing for Adulthood Team "
                  "will meet Lowri and her mother for 1 hour every half-term, at home or at college as "
                  "Lowri chooses, and will complete her Care Act transition assessment by 30 April 2027.")
    h("I", "Placement")
    pl.para("Fenwold College (general further education college): Level 3 Extended Diploma in Art and "
            "Design, second year, 16 hours a week over 4 days.")
    h("J", "Personal budget", status="not_applicable")
    pl.para("Not applicable.")
    h("K", "Advice and information")
    pl.paras(["Lowri's own advice and her mother's advice, 2 September 2026",
              "Fenwold College Additional Learning Support, 9 September 2026",
              "Educational psychologist, Dr T. Ibe, 4 September 2026",
              "Castlebridge Community Eating Disorder Service, 11 September 2026",
              "Castlebridge Preparing for Adulthood Team, 15 September 2026",
              ADVICE_NOTE])
    pl.signature("Marcus Oyelaran", "Post-16 SEND Officer", "16 October 2026", la)
    pl.finish(out)


def plan_fresh_new_arrival_eal(out):
    """Year 1, recently arrived from Romania, speech and language needs and EAL. Headings put the
    title first and the letter after it ('Outcomes (Section E)'); outcomes auto-numbered E1.;
    F as a Need | Provision | Who, how often and for how long table; single H; J missing."""
    la = "London Borough of Haverleigh"
    ch = child("Ilinca", "Popescu", "she", "27/01/2021", 1, "Thornbury Green Infant School", ["SLCN", "EAL"],
               "23/11/2026", "Not applicable – first EHC plan")
    pl = Plan("fresh-new-arrival-eal", "typical", ch, la,
              {"section_style": "heading", "heading_format": "Outcomes (Section E): title first, letter after",
               "outcome_layout": "numbered-auto (E%1.)",
               "provision_layout": "table3: Need | Provision | Who, how often and for how long; G bullets"},
              SINGLE, font="Tahoma")

    def h(sid, title, **kw):
        pl.head(sid, "%s (Section %s)" % (title, sid), style="Heading 2", **kw)

    front(pl, "Ilinca Popescu", "27/01/2021", "23/11/2026", "Not applicable – first EHC plan",
          "Thornbury Green Infant School (Year 1)", la, status="Final", next_review="23/11/2027")
    h("A", "About Ilinca: views, interests and aspirations")
    pl.paras([
        "Ilinca told us in Romanian, with the interpreter: 'I like the sand tray and the big bikes. I like "
        "Miss Begum. I don't like it when I don't know what to do.'",
        "Ilinca and her family moved from Iași to Haverleigh in April 2026. Her parents want her to speak "
        "English well and keep her Romanian. Ilinca says she wants to be a doctor like her aunt."])
    h("B", "Ilinca's special educational needs")
    pl.paras([
        "Ilinca speaks Romanian at home and has been learning English since April 2026. A bilingual speech "
        "and language therapy assessment in October 2026, carried out in Romanian with an interpreter, "
        "found that her language is delayed in Romanian as well as in English. This shows a speech and "
        "language need, and not only the usual stage of learning English as an additional language.",
        "She understands 1-key-word instructions in English and 2-key-word instructions in Romanian. She "
        "uses single words and some 2-word phrases in Romanian and a few single words in English. She "
        "becomes upset at changes of activity when she has not understood what is happening next."])
    h("C", "Health needs")
    pl.para("Ilinca has not had a hearing test in England. Her parents report frequent ear infections "
            "in Romania. She is registered with the Thornbury Road GP practice.")
    h("D", "Social care needs")
    pl.para("Ilinca has no social care needs arising from special educational needs or disability. The "
            "family asked for Early Help to settle in Haverleigh.")

    h("E", "Outcomes")
    pl.para("Ilinca's class teacher and speech and language therapist will set half-termly targets "
            "towards these outcomes and record them on her provision map.")
    nid = add_numbering(pl.doc, "decimal", "E%1.")
    outcomes = [
        ("By the end of Year 1, Ilinca will follow 2-key-word instructions in English in class (for "
         "example 'get your coat and your book bag') on 4 out of 5 occasions, without a gesture.", ""),
        ("By July 2027, Ilinca will develop her English vocabulary.", "not_measurable"),
        ("By the end of the autumn term 2027, Ilinca will ask for a toy, a drink or the toilet in English "
         "using phrases of 3 words or more, without an adult modelling the phrase first, on 3 days out "
         "of 5 as recorded by her teaching assistant.", ""),
        ("Ilinca to receive speech and language therapy with a Romanian interpreter.",
         "outcome_is_provision;not_time_bound"),
        ("Ilinca will take turns in a board game with 2 other children for 5 minutes without an adult "
         "prompting her.", "not_time_bound"),
        ("By the end of Year 2, Ilinca will retell the story of The Enormous Turnip in 4 steps, in the "
         "right order, in English or Romanian, using 4 picture cards, as checked by her speech and "
         "language therapist.", ""),
        ("Ilinca will make progress in phonics and may start to read simple words by Year 2.",
         "vague_word:may;not_measurable")]
    for i, (text, dspec) in enumerate(outcomes, 1):
        pl.item("E", text, dspec, style="List Paragraph", num=nid, num_label="E%d." % i)

    h("F", "Special educational provision")
    hdr = ["Need", "Provision", "Who, how often and for how long"]
    WHO = hdr[2]
    t = pl.table(hdr, shade_fill="E2EFDA")
    pl.trow(t, "F", hdr, [
        "Understanding and using spoken language",
        "Speech and language therapy delivered bilingually, working on 2-key-word instructions and "
        "3-word phrases in English and Romanian.",
        "An HCPC-registered speech and language therapist from the Haverleigh Children's Speech and "
        "Language Therapy Service, with a Romanian interpreter booked by the service: 1:1, 40 minutes "
        "every fortnight in term time, plus a 15-minute handover to the class teaching assistant after "
        "each session."], main=1)
    pl.trow(t, "F", hdr, [
        "Vocabulary and sentence building",
        "Colourful Semantics and pre-teaching of 5 topic words each week, following the programme set "
        "by the speech and language therapist.",
        "A teaching assistant trained in Colourful Semantics by the speech and language therapist: 20 "
        "minutes every school day, with Ilinca and 2 other children."], main=1)
    pl.trow(t, "F", hdr, ["English as an additional language", "EAL support in class.",
                          "Support staff as appropriate"],
            "vague_word:as appropriate@%s;no_frequency@%s;no_duration@%s;no_deliverer@%s"
            % (WHO, WHO, WHO, WHO), main=1)
    f4 = pl.trow(t, "F", hdr, [
        "Understanding routines and changes",
        "A visual timetable with photos of Ilinca's own classroom and a 'now and next' board, used at "
        "every change of activity.",
        "The class teacher sets it up each morning and keeps the photos up to date when rooms or staff "
        "change; used throughout the school day."], main=1)
    pl.trap("F", "up_to_date", f4["cells"][WHO], "up to date")
    pl.trow(t, "F", hdr, [
        "Understanding new vocabulary",
        "Talk time in Romanian with a bilingual teaching assistant to check Ilinca understands the new "
        "topic words.",
        "Bilingual teaching assistant, weekly"], "no_duration@%s" % WHO, main=1)
    pl.trow(t, "F", hdr, [
        "Speaking and listening with other children",
        "Talk Boost KS1 in an intervention group.",
        "A teaching assistant trained to deliver Talk Boost: three times a week, 30 minutes"],
        "no_group_size", main=1)
    pl.trow(t, "F", hdr, ["Checking progress",
                          "Ilinca's progress in English and in Romanian will be monitored.", "-"],
            "no_frequency@%s;no_deliverer@%s" % (WHO, WHO), main=1)
    pl.trow(t, "F", hdr, [
        "Home and school working together",
        "A home-school book in English and Romanian with a photo of one thing Ilinca did that day, so "
        "her parents can talk with her about it at home.",
        "Written by the class teaching assistant for 5 minutes at the end of every school day."], main=1)
    pl.para("")

    h("G", "Health provision")
    pl.item("G", "A hearing test at the Haverleigh Community Audiology Clinic, booked by the school nurse "
                 "and completed by 31 January 2027, with the result sent to the SENCo and Ilinca's parents "
                 "within 2 weeks of the appointment.", style="List Bullet")
    pl.item("G", "Ilinca should be seen by the community paediatrician.", "vague_word:should;no_frequency",
            style="List Bullet")
    h("H", "Social care provision")
    pl.item("H", "An Early Help family support worker will visit the family at home for 1 hour every "
                 "fortnight until 31 July 2027, with a Romanian interpreter, to help them register with a "
                 "dentist and find a local stay-and-play group for Ilinca's younger brother.")
    h("I", "Placement")
    pl.para("Thornbury Green Infant School, Haverleigh (mainstream infant school), Year 1.")
    pl.missing("J")
    h("K", "Advice and information")
    k = ["Advice from Ilinca's parents (with a Romanian interpreter), 1 October 2026",
         "Educational advice, Mrs N. Begum, class teacher, and Mr D. Hale, SENCo, 2 October 2026",
         "Educational psychology advice, Dr L. Osei, 6 October 2026",
         "Speech and language therapy advice, Haverleigh Children's SLT Service, dd/mm/yyyy",
         "Health advice, Dr F. Quayle, Community Paediatrician, 8 October 2026",
         "Social care advice, Haverleigh Early Help, 5 October 2026"]
    pl.paras(k, style="List Number")
    pl.defect("K", "placeholder", k[3], match="dd/mm/yyyy")
    pl.para(ADVICE_NOTE)
    pl.signature("Priya Ramanathan", "EHC Plan Coordinator", "23/11/2026", la)
    pl.finish(out)


# Plans no rule has been tuned on (tests/data/blind): for measuring only.
# Written fresh and measured once (segmentation 160/163, recall 35/35, false alarms 2/37)
# before the segmenter and rules were corrected on them: test plans now.
ROUND4_PLANS = [plan_fresh_stammer_anxiety, plan_fresh_wheelchair_eyegaze,
               plan_fresh_college_eating_disorder, plan_fresh_new_arrival_eal]
# ---------------------------------------------------------------- blind plans (later-*)
# Written for measuring only: layouts, council habits and wording not used by any test plan.

def plan_later_abi(out):
    """Year 10, acquired brain injury after a road accident; 'Part X — title' Heading 2 sections,
    outcomes in a 4-column table, F as a 4-column table, G as typed 'G1.' paragraphs, H1 bullets."""
    la = "Wrexford Borough Council"
    ch = child("Kieran", "Maddox", "he", "2010-11-03", 10, "Ashcombe Park Academy", ["ABI", "PD"],
               "2025-10-14", "2025-09-23")
    pl = Plan("later-abi-year10", "typical", ch, la,
              {"section_style": "heading", "heading_format": "Part E — Outcomes (Heading 2, em dash)",
               "outcome_layout": "table (Area | Outcome | By when | How we will know)",
               "provision_layout": "F table4 (Provision | How often and for how long | Staffing | Provided by); "
                                   "G typed 'G1.' paragraphs; H1 bullets; H2 nil sentence",
               "details": "2-column table"}, SPLIT, font="Calibri")

    def h(sid, title, **kw):
        pl.head(sid, "Part %s — %s" % (sid, title), style="Heading 2", **kw)

    pl.para(la + " — Special Educational Needs and Disabilities Service", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.para("Final plan, amended following the annual review", italic=True)
    pl.details([("Young person", "Kieran Maddox"), ("Date of birth", "3 November 2010"),
                ("NC year", "Year 10"), ("School", "Ashcombe Park Academy"),
                ("Date of this plan", "14 October 2025"), ("Last annual review", "23 September 2025"),
                ("Review due", "September 2026"), ("EHC coordinator", "Priya Galloway")])

    h("A", "Kieran’s views, interests and aspirations")
    pl.paras(["I was knocked off my bike by a car in March 2024. I don't remember much about the first "
              "few weeks in hospital, but I remember my mates coming to see me.",
              "I get really tired by lunchtime and then I can't think straight. I hate it when teachers "
              "tell me something and I've forgotten it by the end of the lesson.",
              "I want to get back to playing football on Sundays. When I leave school I want to be a "
              "mechanic like my uncle Dean."])
    h("B", "Special educational needs")
    pl.para("Part F below sets out the provision that meets each of the needs described here.")
    pl.trap("B", "heading_lookalike", "Part F below sets out the provision that meets each of the "
            "needs described here.", "Part F below")
    pl.para("Cognition and learning", bold=True)
    pl.para("Since his injury Kieran's working memory is at the 5th percentile and his processing speed "
            "at the 9th percentile (educational psychologist, September 2025). He forgets instructions "
            "with more than two steps and loses track of homework.")
    pl.para("Physical and sensory", bold=True)
    pl.para("Kieran has weakness on his left side. He tires walking between lessons on the upper floor and "
            "his handwriting slows after ten minutes.")
    pl.para("Social, emotional and mental health", bold=True)
    pl.para("Kieran becomes frustrated and withdrawn when he is fatigued, and has lost touch with friends "
            "from his football team.")
    h("C", "Health needs")
    pl.para("Kieran has an acquired brain injury (right frontal contusion) and post-traumatic headaches. "
            "He had two seizures in 2024 and takes levetiracetam twice a day; a seizure care plan is held "
            "by the school nurse.")
    h("D", "Social care needs")
    pl.para("Kieran is not known to children's social care as a child in need. The Disabled Children's "
            "Team assessed him in June 2025: he needs an adult with him to take part in activities in "
            "the community because of fatigue and seizure risk.")

    h("E", "Outcomes")
    hdr = ["Area", "Outcome", "By when", "How we will know"]
    t = pl.table(hdr, shade_fill="FCE4D6")
    pl.trow(t, "E", hdr, ["Cognition and learning",
                          "Kieran will record each homework task in his phone planner before leaving the "
                          "lesson and hand in 9 out of 10 pieces of homework on the due date.",
                          "By July 2026", "Weekly homework log kept by his form tutor"], main=1,
            area="Cognition and learning")
    pl.trow(t, "E", hdr, ["Cognition and learning",
                          "Kieran will improve his memory and concentration in lessons.",
                          "By the end of Year 11", "Teacher feedback"], "not_measurable", main=1,
            area="Cognition and learning")
    pl.trow(t, "E", hdr, ["Preparing for adulthood: employment",
                          "Kieran will complete a five-day work experience placement at a garage, arriving "
                          "on time on all five days and following a written task list without prompting.",
                          "By the end of the summer term 2026", "Placement employer's checklist"], main=1,
            area="Preparing for adulthood")
    pl.trow(t, "E", hdr, ["Physical and sensory",
                          "Kieran will walk between lessons using the ground-floor route, without stopping "
                          "to rest, at all five lesson changes in a school day.",
                          "-", "Observation by the SENCo"], "not_time_bound@By when", main=1,
            area="Physical and sensory")
    pl.trow(t, "E", hdr, ["Preparing for adulthood: friends and community",
                          "Kieran will rejoin his Sunday football club and play for at least 20 minutes in "
                          "6 matches.",
                          "By the end of March 2026", "Coach's match record, shared with his mother"], main=1,
            area="Preparing for adulthood")
    pl.trow(t, "E", hdr, ["Physical and sensory",
                          "Kieran will receive fatigue management sessions from the occupational therapist.",
                          "By July 2026", "OT report"], "outcome_is_provision", main=1,
            area="Physical and sensory")
    pl.trow(t, "E", hdr, ["Preparing for adulthood: independent living",
                          "Kieran will travel independently by bus from home to school and back, using his "
                          "travel card and route app, on 10 consecutive school days.",
                          "By his next annual review in September 2026", "Travel trainer's log"], main=1,
            area="Preparing for adulthood")
    pl.trow(t, "E", hdr, ["Preparing for adulthood: good health",
                          "Kieran should be able to manage his headaches in school where possible.",
                          "By July 2026", "Fewer visits to the medical room"],
            "vague_word:should;vague_word:where possible;not_measurable", main=1,
            area="Preparing for adulthood")
    pl.para("")
    pl.para("The SENCo sets termly targets towards these outcomes with Kieran and his mother.")

    h("F", "Special educational provision")
    hdr = ["Provision", "How often and for how long", "Staffing", "Provided by"]
    t = pl.table(hdr, shade_fill="FCE4D6")
    pl.trow(t, "F", hdr, ["Teaching of memory strategies (planner use, checklists and verbal rehearsal) "
                          "from the programme written by the educational psychologist",
                          "3 x 20-minute sessions a week", "1:1",
                          "Teaching assistant trained by the educational psychologist, who reviews the "
                          "programme each term"], type="intervention")
    pl.trow(t, "F", hdr, ["Rest breaks in the medical room when Kieran is fatigued", "As needed", "-",
                          "Teaching assistant"],
            "vague_word:As needed@How often and for how long;no_frequency;no_duration", type="strategy")
    pl.trow(t, "F", hdr, ["Supervised catch-up and rest periods in the learning support base in place "
                          "of GCSE French",
                          "4 x 50-minute lessons a fortnight", "Group of no more than 6 pupils",
                          "Higher level teaching assistant"], type="intervention")
    pl.trow(t, "F", hdr, ["25% extra time, a 10-minute supervised rest break in each hour and a reader "
                          "in a separate room",
                          "In all internal tests, mock exams and GCSE exams", "Individual",
                          "Exams officer; reader trained by the SENCo"], type="strategy")
    pl.trow(t, "F", hdr, ["Morning check-in to go through his planner, timetable and fatigue scale",
                          "Daily, 10 minutes at 8.40am", "1:1", "-"],
            "no_deliverer@Provided by", type="intervention")
    pl.trow(t, "F", hdr, ["Balance and strengthening exercises for his left shoulder, hip and leg, set by "
                          "the NHS children's physiotherapist",
                          "Twice a week, 20 minutes", "1:1",
                          "Teaching assistant trained and supervised by the physiotherapist, who reviews "
                          "the programme every half-term"], type="intervention")
    pl.trap("F", "shoulders", "Balance and strengthening exercises for his left shoulder, hip and leg, set "
            "by the NHS children's physiotherapist", "shoulder")
    pl.trow(t, "F", hdr, ["Speech and language therapy for word-finding", "6 sessions", "1:1",
                          "Speech and language therapist"], "no_frequency;no_duration", type="intervention")
    pl.trow(t, "F", hdr, ["Training for all teaching staff on acquired brain injury and fatigue",
                          "Periodically", "Whole staff", "Children's Brain Injury Trust"],
            "vague_word:Periodically@How often and for how long;no_frequency", type="training")
    pl.para("")

    h("G", "Health care provision")
    pl.item("G", "G1. The Paediatric Neurology Service at Wrexford General Hospital will review Kieran's "
            "seizure care plan and medication in a 30-minute outpatient appointment every 6 months, and "
            "will send the updated plan to the school nurse within 10 working days.", type="review")
    pl.item("G", "G2. Kieran will have ongoing input from the clinical neuropsychologist.",
            "vague_word:ongoing;no_frequency;no_duration", type="intervention")
    pl.para("This health provision has been agreed by the Wrexford and Dale Integrated Care Board.")

    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.item("H1", "A personal assistant employed through the family's direct payment will go with Kieran "
            "to football training and one community activity of his choice, for 3 hours every Saturday.",
            style="List Bullet", type="staffing")
    h("H2", "Other social care provision", status="no_needs")
    pl.para("No other social care provision is needed; Kieran is under 18 and his needs are met in H1.")

    h("I", "Placement")
    pl.para("Ashcombe Park Academy, a mainstream secondary academy for pupils aged 11 to 18.")
    h("J", "Personal budget")
    pl.para("Kieran's mother receives a direct payment of £2,340 a year to employ the personal assistant "
            "in H1. It meets the outcome of Kieran rejoining his football club.")
    h("K", "Advice and information")
    for line in ["Kieran and his mother, Mrs L. Maddox: views given on 2 September 2025",
                 "Educational advice: SENCo, Ashcombe Park Academy, 28 August 2025",
                 "Medical advice: Dr R. Iqbal, consultant paediatric neurologist, 1 September 2025",
                 "Psychological advice: Dr S. Thorne, educational psychologist, 4 September 2025",
                 "Social care advice: Disabled Children's Team, 5 September 2025",
                 "Preparing for adulthood advice: Wrexford Careers Service, 8 September 2025"]:
        pl.para(line, style="List Bullet")
    pl.para(ADVICE_NOTE)
    pl.signature("Priya Galloway", "EHC Coordinator", "14 October 2025", la)
    pl.finish(out)


def plan_later_tourette(out):
    """Year 4, Tourette syndrome and OCD, mainstream primary; section letters only in Word
    auto-numbering (friendly titles), outcomes as paragraphs under area headings, F bullets under the
    same areas, G a 3-column table, single H."""
    la = "Calderbrook Metropolitan Council"
    ch = child("Ellis", "Varga", "they", "2017-01-19", 4, "St Brannock's CofE Primary School",
               ["TS", "OCD", "SEMH"], "2025-12-02", "First plan (no review yet)")
    pl = Plan("later-tourette-year4", "typical", ch, la,
              {"section_style": "heading", "heading_format": "auto-numbered 'A.' (upperLetter) + friendly title",
               "outcome_layout": "area-paragraphs", "provision_layout": "F bullets by area; G table3",
               "details": "2-column table"}, SINGLE, font="Verdana")
    nid = add_numbering(pl.doc, "upperLetter", "%1.")

    def h(sid, title, **kw):
        pl.head(sid, title, style="Heading 1", num=nid, num_label=sid + ".", **kw)

    def area(text):
        pl.para(text, bold=True, italic=True)
        return text

    pl.para("Calderbrook SEND Assessment and Review Team", bold=True, size=12)
    pl.para("EHC Plan for Ellis Varga", style="Title")
    pl.details([("Name", "Ellis Varga (pronouns: they/them)"), ("Date of birth", "19/01/2017"),
                ("School and year", "St Brannock's CofE Primary School, Year 4"),
                ("Date plan issued", "02/12/2025"), ("Annual review", "First plan (no review yet)"),
                ("Next review by", "01/12/2026"), ("Plan status", "Final")])

    h("A", "About Ellis: views, interests and aspirations")
    pl.paras(["Ellis told us: \"My tics are like a sneeze. If I hold them in all morning they come out "
              "worse at lunch.\"",
              "Ellis loves drawing dragons, building in Minecraft and swimming with their dad. They want to "
              "make video games when they grow up."])
    h("B", "Ellis's special educational needs")
    pl.para("Social, emotional and mental health", bold=True)
    pl.para("Ellis has motor and vocal tics that increase when they are anxious or tired. They wash their "
            "hands 15 to 20 times a school day because of intrusive worries about germs, and this takes "
            "them out of lessons for about 40 minutes a day.")
    pl.para("Communication and interaction", bold=True)
    pl.para("Some classmates copy Ellis's vocal tics. Ellis finds it hard to explain their tics and "
            "avoids group play at lunchtime.")
    pl.para("Cognition and learning", bold=True)
    pl.para("Ellis reads at age-related expectations but rewrites work until it looks 'right', so they "
            "finish about one piece of writing in three.")
    h("C", "Health needs related to Ellis's SEN")
    pl.para("Ellis was diagnosed with Tourette syndrome in 2023 by the community paediatrician and with "
            "obsessive compulsive disorder by Calderbrook CAMHS in 2025.")
    h("D", "Social care needs related to Ellis's SEN or disability", status="not_applicable")
    pl.para("Not applicable.")

    h("E", "Outcomes we are working towards")
    a = area("Social, emotional and mental health")
    pl.item("E", "By the end of Year 4, Ellis will use their tic-break card to leave class for the calm "
            "space and return within 10 minutes on at least 4 out of 5 occasions when their tics build up.",
            area=a)
    pl.item("E", "Ellis will feel less anxious about germs and contamination.",
            "not_time_bound;not_measurable", area=a)
    pl.item("E", "By July 2026, Ellis will wash their hands no more than 6 times in a school day (now 15 "
            "to 20 times), as recorded on the class tally chart for 3 weeks in a row.", area=a)
    a = area("Communication and interaction")
    pl.item("E", "By the end of the spring term 2026, Ellis will take part in a weekly social skills group.",
            "outcome_is_provision", area=a)
    pl.item("E", "By the end of Year 4, Ellis will explain their tics to a new adult or classmate in two or "
            "three sentences, using their 'About my tics' card, on 3 separate occasions.", area=a)
    a = area("Cognition and learning")
    pl.item("E", "Ellis will begin to complete written work without rewriting it over and over, where possible.",
            "vague_word:where possible;not_measurable;not_time_bound", area=a)
    pl.item("E", "By the end of Year 5, Ellis will write at least 100 words in 20 minutes, crossing out "
            "mistakes instead of starting again, in 4 out of 5 English lessons.", area=a)
    pl.para("Ellis's class teacher and the SENCo set half-termly targets towards these outcomes.")

    h("F", "Special educational provision")
    a = area("Social, emotional and mental health")
    pl.item("F", "Exposure and response prevention practice for handwashing, following the programme "
            "written by the CAMHS clinician, delivered 1:1 by a teaching assistant trained by CAMHS, for "
            "15 minutes each morning.", style="List Bullet", area=a, type="intervention")
    pl.item("F", "Ellis will have a safe space to go to when they feel overwhelmed.",
            "vague_word:when they feel overwhelmed;no_deliverer", style="List Bullet", area=a,
            type="strategy")
    pl.item("F", "A tic-break card that Ellis can show in every lesson to leave for the calm space for 10 "
            "minutes, with their regular class teacher noting each use on the tally chart.",
            style="List Bullet", area=a, type="strategy")
    pl.trap("F", "regular_meaning_usual", "A tic-break card that Ellis can show in every lesson to leave "
            "for the calm space for 10 minutes, with their regular class teacher noting each use on the "
            "tally chart.", "regular class teacher")
    a = area("Communication and interaction")
    pl.item("F", "Small group work on friendship and explaining tics to peers, led by the class teacher, "
            "30 minutes weekly.", "no_group_size", style="List Bullet", area=a, type="intervention")
    pl.item("F", "A lesson for Ellis's class about Tourette syndrome, planned with Ellis and their parents "
            "and led by the schools adviser from Tourette Support North, in January 2026.",
            style="List Bullet", area=a, type="training")
    a = area("Cognition and learning")
    pl.item("F", "Regular pre-teaching of new maths vocabulary by a teaching assistant.",
            "vague_word:Regular;no_frequency;no_duration", style="List Bullet", area=a,
            type="intervention")
    pl.item("F", "A school laptop with spell-check switched on, set up by the class teacher, for all "
            "extended writing in English, history and geography lessons.", style="List Bullet", area=a,
            type="equipment")
    pl.item("F", "Staff will ignore Ellis's tics wherever possible and might give movement breaks.",
            "vague_word:wherever possible;vague_word:might;no_frequency;no_duration",
            style="List Bullet", area=a, type="strategy")
    a = area("Sensory and physical")
    pl.item("F", "A 5-minute movement break (wall push-ups, taking the register to the office or a lap of "
            "the playground) at every change of activity, prompted by the teaching assistant.",
            style="List Bullet", area=a, type="strategy")

    h("G", "Health provision")
    hdr = ["What will be provided", "How often and how long", "Who provides it"]
    t = pl.table(hdr, shade_fill="E2EFDA")
    pl.trow(t, "G", hdr, ["Comprehensive Behavioural Intervention for Tics (habit reversal therapy) at "
                          "the Calderbrook CAMHS clinic",
                          "12 weekly sessions of 50 minutes, starting in May 2026",
                          "CAMHS clinical psychologist"], type="intervention")
    pl.trap("G", "month_may", "12 weekly sessions of 50 minutes, starting in May 2026", "May 2026")
    pl.trow(t, "G", hdr, ["Advice to school from the paediatrician", "As and when",
                          "Community paediatrician"],
            "vague_word:As and when@How often and how long;no_frequency", type="review")
    pl.para("")
    pl.para("Health provision agreed by NHS Calderbrook and Airedale Integrated Care Board.")
    h("H", "Social care provision", status="no_needs")
    pl.para("Ellis has no identified social care needs, so there is no social care provision.")
    h("I", "Name and type of school")
    pl.para("St Brannock's CofE Primary School, a mainstream voluntary aided primary school.")
    h("J", "Personal budget", status="no_needs")  # nothing requested: a nil statement
    pl.para("No personal budget has been requested.")
    h("K", "Advice and information")
    t = pl.table(["Advice", "From", "Date"], shade_fill="E2EFDA")
    for r in [("Parent views", "Mr and Mrs Varga", "10/09/2025"),
              ("Educational advice", "SENCo, St Brannock's", "15/09/2025"),
              ("Medical advice", "Dr H. Osei, community paediatrician", "19/09/2025"),
              ("Psychological advice", "Calderbrook Educational Psychology Service", "24/09/2025"),
              ("Social care advice", "Calderbrook Children's Services", "25/09/2025"),
              ("CAMHS report", "Calderbrook CAMHS", "26/09/2025")]:
        pl.row(t, list(r))
    pl.para("")
    pl.signature("Jonah Pryce", "SEND Case Officer", "02/12/2025", la)
    pl.finish(out)


def plan_later_msi(out):
    """15-year-old with multi-sensory impairment (CHARGE syndrome) at a non-maintained special school;
    bold headings 'E<TAB>Outcomes' with no 'Section' word, typed 'E.1' outcomes with steps as bullets,
    F a 5-column table with a Ref column, G typed 'G.1' paragraphs, H1 nil, H2 a paragraph, J empty."""
    la = "North Fenwick County Council"
    ch = child("Amira", "Haddad", "she", "2010-04-22", 11, "The Hartwell School for Deafblind Learners",
               ["MSI"], "2025-11-10", "2025-10-08")
    pl = Plan("later-msi-age15", "poor", ch, la,
              {"section_style": "bold", "heading_format": "E<TAB>Outcomes (letter, tab, title; no 'Section')",
               "outcome_layout": "numbered-typed 'E.1 ' with step bullets",
               "provision_layout": "F table5 (Ref | Need (Section B) | Provision | Frequency and duration | "
                                   "Staff and expertise); G typed 'G.1'; H2 paragraph",
               "details": "2-column table"}, SPLIT, font="Tahoma")

    def h(sid, title, **kw):
        pl.head(sid, "%s\t%s" % (sid, title), style=None, bold=True, size=12, **kw)

    pl.para("NORTH FENWICK COUNTY COUNCIL", bold=True)
    pl.para("Education, Health and Care Plan (final)", style="Title")
    pl.details([("Name", "Amira Haddad"), ("Date of birth", "22 April 2010 (age 15)"),
                ("Setting", "The Hartwell School for Deafblind Learners (residential, Monday to Thursday)"),
                ("Date of plan", "10 November 2025"), ("Date of last annual review", "8 October 2025"),
                ("Lead professional", "Mrs C. Adeyemi, QTMSI")])

    h("A", "Amira’s views, interests and aspirations")
    pl.paras(["Amira showed us, using objects of reference, that she likes the trampoline, the smell of "
              "the bakery on the high street and swimming. She signed 'more' when we talked about cooking.",
              "Her family hope that Amira will go to Fenwick College in 2026 and one day work in a café "
              "with a job coach."])
    h("B", "Special educational needs")
    pl.paras(["Amira has CHARGE syndrome. She has a severe mixed hearing loss and wears a bone-anchored "
              "hearing aid; she has coloboma in both eyes with a narrow field of vision in her right eye "
              "only.",
              "She communicates through on-body signs, objects of reference and about 30 hand-under-hand "
              "signs. She needs a trained intervenor to give her information about what is happening "
              "around her.",
              "She moves around familiar rooms independently but needs an adult on new routes and outdoors."])
    h("C", "Health needs")
    pl.para("Amira has a heart condition that was repaired in infancy and is reviewed yearly by cardiology. "
            "She has poor balance because of her inner-ear differences.")
    h("D", "Social care needs")
    pl.para("Amira's family have a child in need plan with the Sensory Support Social Care Team. Her "
            "parents need breaks from caring during the school holidays.")

    h("E", "Outcomes sought for Amira")
    out_items = [
        ("E.1 By July 2026, Amira will use 40 on-body signs and objects of reference to make choices and "
         "requests across the school day, recorded by her intervenor on 4 days out of 5.", "",
         ["Uses 10 objects of reference at lunch by February 2026"]),
        ("E.2 Amira will have access to tactile signing throughout the day.",
         "outcome_is_provision;vague_word:access to;not_time_bound", []),
        ("E.3 By the end of the spring term 2026, Amira will walk from the residential house to the "
         "dining hall with her long cane, following the tactile markers, without adult help on 5 "
         "consecutive days.", "", ["Walks the route with the intervenor's hand on her shoulder"]),
        ("E.4 Amira will develop her independence skills by the end of Year 11.", "not_measurable", []),
        ("E.5 By July 2026, Amira will complete three tasks on her college taster day (greeting the tutor, "
         "finding the café, ordering a drink) using her communication passport, with no more than 2 "
         "prompts.", "", []),
        ("E.6 Amira should tolerate wearing her hearing aid for longer periods.",
         "vague_word:should;not_measurable;not_time_bound", []),
        ("E.7 By her next annual review, Amira will put on and switch on her bone-anchored hearing aid "
         "herself each morning on 8 out of 10 school days.", "", []),
        ("E.8 By the end of Year 11, Amira will attend the youth club sessions at the sensory centre.",
         "outcome_is_provision", []),
    ]
    for text, dspec, steps in out_items:
        pl.para(text)
        extra = {"steps": steps} if steps else {}
        pl.stmt("E", text, dspec, **extra)
        for s in steps:
            pl.para(s, style="List Bullet")
    pl.trap("E", "shoulders", "Walks the route with the intervenor's hand on her shoulder", "shoulder")

    h("F", "Special educational provision")
    hdr = ["Ref", "Need (Section B)", "Provision", "Frequency and duration", "Staff and expertise"]
    t = pl.table(hdr, shade_fill="DDEBF7")
    rows = [
        (["F1", "Communication", "A trained intervenor working 1:1 with Amira, using hand-under-hand "
          "signing, objects of reference and a tactile timetable",
          "Full-time: 32.5 hours a week across the whole school day, 39 weeks a year",
          "Intervenor with the Level 3 Award in Intervention for Deafblind Children, supervised by the QTMSI"],
         "", "staffing"),
        (["F2", "Communication", "Input from a qualified teacher of multi-sensory impairment (QTMSI)",
          "Termly", "QTMSI"], "no_duration", "intervention"),
        (["F3", "Mobility and orientation", "Habilitation training: long-cane skills and route learning "
          "around the school site and the local high street", "2 x 45-minute sessions per week",
          "Habilitation specialist qualified in habilitation for children with vision impairment"],
         "", "intervention"),
        (["F4", "Hearing", "Listening check of the hearing aid with the Ling six-sound test, and fitting of "
          "a fresh battery", "Daily, before the first lesson", "TBC"],
         "no_deliverer@Staff and expertise;placeholder:TBC@Staff and expertise", "equipment"),
        (["F5", "Vision", "All printed and screen materials enlarged to N36 bold on a yellow background, "
          "and a video magnifier on her desk", "In all lessons",
          "Class teacher prepares materials; the QTVI sets the print size each term and keeps the vision "
          "record up to date"], "", "equipment"),
        (["F6", "Sensory regulation", "Sensory circuit and hydrotherapy sessions", "Regularly",
          "Physiotherapist and teaching assistants"],
         "vague_word:Regularly@Frequency and duration;no_frequency;no_duration", "intervention"),
        (["F7", "Preparing for adulthood", "Travel training on the bus route to the Fenwick College taster "
          "days, using her communication passport",
          "Every Wednesday from 1pm to 3pm, January to July 2026",
          "Intervenor and the Fenwick College transition worker"], "", "intervention"),
        (["F8", "Preparing for adulthood", "Careers guidance with a range of tactile and sensory work "
          "tasters", "Up to 3 sessions per term", "Careers adviser"],
         "vague_word:a range of;vague_word:Up to@Frequency and duration;no_duration", "intervention"),
    ]
    for values, dspec, typ in rows:
        pl.trow(t, "F", hdr, values, dspec, main=2, type=typ, need_text=values[1])
    pl.trap("F", "up_to_date", "Class teacher prepares materials; the QTVI sets the print size each term "
            "and keeps the vision record up to date", "up to date")
    pl.para("")

    h("G", "Health care provision")
    pl.item("G", "G.1 The Fenwick Children's Audiology Service will review the settings of Amira's "
            "bone-anchored hearing aid in a 45-minute clinic appointment every 4 months, and the "
            "audiologist will send the new settings to the QTMSI within 5 working days.", type="review")
    pl.item("G", "G.2 Ophthalmology will see Amira as required.",
            "vague_word:as required;no_frequency;no_duration", type="review")
    pl.para("Agreed by the Fenwick and Marsh Integrated Care Board, 4 November 2025.")
    h("H1", "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
      status="no_needs")
    pl.para("No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed "
            "at present.")
    h("H2", "Any other social care provision")
    pl.item("H2", "Amira may receive residential short breaks during the school holidays, subject to "
            "assessment.", "vague_word:may;no_frequency;no_duration", type="staffing")
    h("I", "Placement")
    pl.para("The Hartwell School for Deafblind Learners, a non-maintained special school (residential, "
            "38 weeks).")
    h("J", "Personal budget", status="empty")
    h("K", "Advice and information")
    for line in ["1. Views of Amira and her parents, 12 September 2025",
                 "2. Educational advice from a qualified teacher of multi-sensory impairment, 15 September 2025",
                 "3. Medical advice from the designated medical officer, 18 September 2025",
                 "4. Psychological advice from the educational psychologist, 22 September 2025",
                 "5. Social care advice from the Sensory Support Social Care Team, 23 September 2025",
                 "6. Preparing for adulthood advice from Fenwick College, 30 September 2025"]:
        pl.para(line)
    pl.signature("Gareth Lowe", "Senior SEND Officer", "10 November 2025", la)
    pl.finish(out)


def plan_later_cleft(out):
    """Nursery child with repaired cleft lip and palate and conductive hearing loss; DRAFT; underlined
    Normal headings 'Section E. …', a 4-column details table with a placeholder, outcomes in a 3-column
    table with steps, F typed '1)' paragraphs, G a 4-column table, combined H1 and H2 heading."""
    la = "Saltmarsh District Council"
    ch = child("Poppy", "Lindqvist", "she", "2022-03-06", None, "Little Oaks Day Nursery",
               ["SLCN", "HI", "PD"], "2025-12-08", "Not applicable (first plan)",
               phase="early years", year_group="Nursery (pre-school)")
    pl = Plan("later-cleft-nursery", "typical", ch, la,
              {"section_style": "underline", "heading_format": "Section E. title (Normal style, underlined)",
               "outcome_layout": "table (Outcome | Small steps | By when)",
               "provision_layout": "F numbered-paras typed '1)'; G table4 (Health need | Provision | "
                                   "How often / how long | Provided by); combined H1 and H2 heading",
               "details": "4-column table", "status": "draft"}, SPLIT, font="Century Gothic")

    def h(sid, title, **kw):
        text = "Section %s. %s" % (sid if isinstance(sid, str) else " and ".join(sid), title)
        p = pl.para(text, size=13)
        p.runs[0].underline = True
        for s in (sid if isinstance(sid, list) else [sid]):
            pl.section(s, text, **kw)

    pl.para("Saltmarsh District Council · Children's Services · SEND Team", bold=True)
    pl.para("DRAFT Education, Health and Care Plan", style="Title")
    t = pl.table(cols=4)
    for r in [("Child's name", "Poppy Lindqvist", "Date of birth", "06.03.2022"),
              ("Current setting", "Little Oaks Day Nursery", "Age", "3 years 9 months"),
              ("Date of draft", "08.12.2025", "Date of next review", "dd/mm/yyyy"),
              ("Parents", "Anna and Mikael Lindqvist", "Caseworker", "Dev Sharma")]:
        cells = pl.row(t, list(r))
        shade(cells[0], "F2F2F2")
        shade(cells[2], "F2F2F2")
    pl.defect("details", "placeholder", "dd/mm/yyyy", match="dd/mm/yyyy", field="Date of next review")
    pl.para("")

    h("A", "About me")
    pl.paras(["My mummy says I am a chatterbox at home, but people outside the family find it hard to "
              "understand me. I like the water tray, my big brother Oskar and the song about the "
              "wheels on the bus.",
              "Poppy's parents hope she will start Reception in September 2026 talking clearly enough to "
              "make friends."])
    h("B", "Special educational needs")
    pl.paras(["Poppy was born with a cleft lip and palate, repaired in 2022 and 2023. Her speech is nasal "
              "and she replaces p, b, t and d with sounds made at the back of the throat; unfamiliar "
              "adults understand about a third of what she says.",
              "She has a moderate conductive hearing loss in her left ear and wears a bone-conduction "
              "hearing aid on a softband. In a noisy room she does not respond to her name.",
              "Her listening and attention are at the level expected of a child of about two years."])
    h("C", "Health needs")
    pl.para("Poppy is under the regional Cleft Lip and Palate Service and Saltmarsh Children's Audiology. "
            "Milk and water sometimes come down her nose when she drinks from an open cup.")
    h("D", "Social care needs")
    pl.para("Poppy's parents both work shifts and have asked for help so that they can spend time with "
            "Oskar, who is 7. Saltmarsh Family Link assessed the family in October 2025.")

    h("E", "Outcomes")
    hdr = ["Outcome", "Small steps", "By when"]
    t = pl.table(hdr, shade_fill="FFF2CC")
    pl.trow(t, "E", hdr, ["Poppy will say the sounds p, b, t and d clearly at the start of words in 8 out "
                          "of 10 attempts during her speech practice games.",
                          ["Copies each sound after her key person", "Says each sound in single words with "
                           "a picture prompt"],
                          "By the end of the summer term 2026"], area="Communication and interaction")
    pl.trow(t, "E", hdr, ["Poppy will receive speech and language therapy from the cleft team.", "-",
                          "July 2026"], "outcome_is_provision", area="Communication and interaction")
    pl.trow(t, "E", hdr, ["Poppy will turn to look when an adult calls her name from 2 metres away in a "
                          "noisy room, while wearing her hearing aid, on 4 out of 5 occasions.",
                          ["Turns to her name in a quiet room", "Turns to her name during free play"],
                          "By May 2026"], area="Sensory and physical")
    pl.trap("E", "month_may", "By May 2026", "May 2026")
    pl.trow(t, "E", hdr, ["Poppy will make better progress with her listening and attention.",
                          "Joins in with group songs", "By the end of nursery"], "not_measurable",
            area="Communication and interaction")
    pl.trow(t, "E", hdr, ["Poppy will drink from an open cup at snack time without milk coming down her "
                          "nose on 5 consecutive days.",
                          ["Drinks from a free-flow cup with a cut-out rim"],
                          "By the end of the spring term 2026"], area="Sensory and physical")
    pl.trow(t, "E", hdr, ["Poppy will play happily with other children.", "-", "TBC"],
            "not_time_bound@By when;placeholder:TBC@By when;not_measurable", area="Social, emotional and mental health")
    pl.trow(t, "E", hdr, ["Poppy will put on her coat and wellies and bring her hearing aid band to an "
                          "adult before outdoor play, with no more than 1 reminder, on 4 out of 5 days.",
                          ["Puts on her coat with help to find the sleeves"], "By July 2026"],
            area="Independence")
    pl.para("")

    h("F", "Special educational provision")
    for text, dspec, typ in [
        ("1) Speech sound practice games set by the cleft team speech and language therapist, delivered 1:1 "
         "by Poppy's key person, who has completed the cleft team's speech practice training, for 10 minutes "
         "every morning session (5 mornings a week), with the therapist reviewing the targets every 6 weeks.",
         "", "intervention"),
        ("2) Small group listening activities (Attention Bucket) led by her key person, 15 minutes, three "
         "times a week.", "no_group_size", "intervention"),
        ("3) A Teacher of the Deaf from the Saltmarsh Sensory Support Service will visit the nursery for 1 "
         "hour every 2 weeks to check Poppy's hearing aid, show her key person how to check it and model "
         "listening games, and will write a report each term.", "", "intervention"),
        ("4) Staff should use visual cues and check that Poppy is wearing her hearing aid.",
         "vague_word:should;no_frequency", "strategy"),
        ("5) Poppy's key person will seat her within 1 metre of the adult leading every group time and "
         "story time, with her right (better-hearing) ear towards the adult.", "", "strategy"),
        ("6) Poppy will have opportunities to practise eating a range of textures at snack time.",
         "vague_word:opportunities to;vague_word:a range of;no_deliverer", "intervention"),
        ("7) A 15-minute Early Talk Boost session in a group of 4 children, three times a week, led by the "
         "nursery SENCo, who is trained in Early Talk Boost.", "", "intervention"),
        ("8) Portage home visits of 1 hour every fortnight from [insert date].",
         "placeholder:[insert date]", "intervention"),
    ]:
        pl.item("F", text, dspec, type=typ)

    h("G", "Health provision")
    hdr = ["Health need", "Provision", "How often / how long", "Provided by"]
    t = pl.table(hdr, shade_fill="FFF2CC")
    pl.trow(t, "G", hdr, ["Hearing", "Hearing test (pure tone and tympanometry) and adjustment of the "
                          "bone-conduction hearing aid", "Every 3 months, 40-minute appointment",
                          "Saltmarsh Children's Audiology, Saltmarsh District Hospital"], main=1, type="review")
    pl.trow(t, "G", hdr, ["Cleft palate", "Speech assessment and review by the regional cleft service",
                          "Periodically", "Regional Cleft Lip and Palate Service"],
            "vague_word:Periodically@How often / how long;no_frequency;no_duration", main=1, type="review")
    pl.para("")
    pl.para("To be agreed by the Saltmarsh and Wyre Integrated Care Board before the plan is finalised.")

    h(["H1", "H2"], "Social care provision")
    pl.item("H1", "H1: A Saltmarsh Family Link carer will look after Poppy for 4 hours on one Saturday each "
            "month, so that her parents can spend time with Oskar.", type="staffing")
    pl.secs["H2"]["status"] = "no_needs"
    pl.para("H2: There is no other social care provision.")
    h("I", "Placement")
    pl.para("The name and type of setting will be given in the final plan, after consultation with the "
            "settings Poppy's parents have asked for.")
    h("J", "Personal budget", status="no_needs")  # nothing requested: a nil statement
    pl.para("Poppy's parents have not asked for a personal budget.")
    h("K", "Advice and information")
    pl.paras(["Parents' views: Anna and Mikael Lindqvist, 3 October 2025",
              "Educational advice: Little Oaks Day Nursery SENCo, 7 October 2025",
              "Educational advice: Teacher of the Deaf, Saltmarsh Sensory Support Service, 9 October 2025",
              "Medical advice: Dr F. Nwosu, community paediatrician, 10 October 2025",
              "Speech and language therapy advice: regional Cleft Lip and Palate Service, 13 October 2025",
              "Psychological advice: Saltmarsh Educational Psychology Service, 15 October 2025",
              "Social care advice: Saltmarsh Family Link, 16 October 2025"])
    pl.signature("Dev Sharma", "SEND Caseworker", "08.12.2025", la)
    pl.finish(out)


# Plans no rule has been tuned on (tests/data/blind): for measuring only.
# Written later and measured once (segmentation 151/165, recall 35/35, false alarms 7/39)
# before the loader, segmenter and rules were corrected on them: test plans now.
ROUND5_PLANS = [plan_later_abi, plan_later_tourette, plan_later_msi, plan_later_cleft]
# ---------------------------------------------------------------- round 6 blind plans

def plan_round6_sixth_form_dyspraxia(out):
    """Year 12, dyspraxia (DCD) and anxiety, sixth-form college. Heading 1 titles with an em dash,
    a 4-column details table, E and F as tables with typed codes (O1, F-CL-01), G as bullets."""
    ch = child("Ellis", "Fairbrother", "he", "2009-02-14", 12, "Northgate Sixth Form College",
               ["DCD", "SEMH"], "2025-11-18", "2025-06-24")
    la = "Wrenfield County Council"
    pl = Plan("round6-sixth-form-dyspraxia", "typical", ch, la,
              {"section_style": "heading", "heading_format": "Section {L} \u2014 {long}", "heading_level": 1,
               "outcome_layout": "table", "provision_layout": "table6", "details_layout": "4col",
               "codes": "typed (O1, F-CL-01)", "date_style": "numeric"}, SPLIT, font="Calibri")

    def h(sid, long):
        pl.head(sid, "Section %s \u2014 %s" % (sid, long), style="Heading 1")

    pl.para(la + " \u2022 SEND Service (Post-16)", bold=True, size=12)
    pl.para("Education, Health and Care Plan (Final)", style="Title")
    t = pl.table(cols=4)
    for r in [("Young person's name", "Ellis Fairbrother", "Date of birth", "14/02/2009"),
              ("Year group", "Year 12", "ULN", "5120448391"),
              ("Setting", "Northgate Sixth Form College", "EHC coordinator", "Hannah Oduya"),
              ("Date of this plan", "18/11/2025", "Date of last annual review", "24/06/2025"),
              ("Next annual review due", "June 2026", "Parent/carer", "Jo and Martin Fairbrother")]:
        cells = pl.row(t, list(r))
        shade(cells[0], "EDEDED")
        shade(cells[2], "EDEDED")
    pl.para("")

    h("A", "Ellis's views, interests and aspirations")
    pl.paras([
        "In my own words: I like biology, cycling and fixing old bikes with my dad. I want people to "
        "know that I am not lazy. Writing by hand is slow and it hurts my hand after about ten minutes, "
        "and when I get behind I panic and stop talking.",
        "I want to go to university to study sports science or physiotherapy. Before that I want a "
        "Saturday job so I have my own money, and I want to be able to get to college and back on my "
        "own without my mum driving me.",
        "Ellis's parents told us that he has worked hard to get to Northgate and that his confidence "
        "dropped in Year 11 when his anxiety was at its worst. They would like him to learn to cook "
        "and to manage his own health appointments before he leaves home."])
    h("B", "Special educational needs")
    pl.trap("B", "heading-like body text",
            "Section B should be read alongside the occupational therapy report of 9 October 2025 (Appendix 1).",
            "Section B should be read")
    pl.para("Section B should be read alongside the occupational therapy report of 9 October 2025 (Appendix 1).")
    pl.para("Physical and sensory", style="Heading 3")
    pl.paras([
        "Ellis has developmental coordination disorder (dyspraxia), diagnosed by the community paediatrician "
        "in 2017. His handwriting speed is 9 words per minute, well below the average for his age, and "
        "his writing becomes hard to read after a few lines. He finds it difficult to organise equipment, "
        "to judge distances on stairs and in crowded corridors, and to carry out practical tasks that need "
        "two hands working together, such as using a pipette or chopping food.",
        "He types at 18 words per minute using two fingers. The occupational therapist reports that a "
        "laptop is his most efficient way of recording and that touch-typing is achievable for him."])
    pl.para("Cognition and learning", style="Heading 3")
    pl.para("Ellis is studying A levels in Biology, Psychology and Sociology. His verbal reasoning is in "
            "the high average range, but his working memory and processing speed scores are low, so he "
            "loses track of long instructions and runs out of time in written tests. He finds it hard to "
            "plan extended pieces of work and to break coursework into stages.")
    pl.para("Social, emotional and mental health", style="Heading 3")
    pl.para("Ellis has generalised anxiety. Crowded, noisy places such as the refectory and corridors at "
            "lesson change make him panicky; he may leave a lesson without saying why and then find it hard "
            "to return. He was seen by CAMHS in 2024 and completed a course of cognitive behavioural therapy. "
            "He says that having a plan for what to do when he panics helps.")
    h("C", "Health needs related to Ellis's SEN or disability")
    pl.paras(["Ellis has developmental coordination disorder and generalised anxiety disorder. He is under "
              "the care of the Wrenfield Children's Physiotherapy Service for low core stability and poor "
              "shoulder stability, which affect his posture and stamina when writing.",
              "CAMHS (Wrenfield Child and Adolescent Mental Health Service) continue to see Ellis for his anxiety."])
    pl.head("D", "Section D \u2014 Social care needs", style="Heading 1", status="no_needs")
    pl.para("Ellis is not known to social care and has no social care needs relating to his SEN or disability.")

    h("E", "Outcomes Ellis is working towards")
    hdr = ["Ref", "Outcome", "How we will know", "Target date"]
    t = pl.table(hdr, shade_fill="C5E0B3")
    pl.trow(t, "E", hdr, ["O1", "Ellis will type a 600-word assignment on his laptop at 30 words per minute, "
                          "with no more than 2 uncorrected errors in every 100 words.",
                          "Timed typing check in the learning support base at the end of each half-term "
                          "(baseline 18 words per minute, October 2025).", "July 2026"], main=1)
    pl.trow(t, "E", hdr, ["O2", "Ellis will travel on his own by bus between home and college on all 5 college "
                          "days of the week, for 4 consecutive weeks.",
                          "Travel log signed by Ellis and his mum; college attendance register.",
                          "End of the spring term 2026"], main=1)
    pl.trow(t, "E", hdr, ["O3", "Ellis will feel less anxious about the refectory and be more relaxed at lunchtimes.",
                          "Discussion with Ellis.", "July 2026"], "not_measurable", main=1)
    pl.trow(t, "E", hdr, ["O4", "Ellis will be given a separate room and extra time for his mock exams.",
                          "Exam access arrangements in place.", "January 2026 mocks"],
            "outcome_is_provision", main=1)
    pl.trow(t, "E", hdr, ["O5", "Ellis will plan, shop for and cook a two-course evening meal for his family from a "
                          "written recipe, using the hob and oven safely, on 3 separate occasions.",
                          "Checklist completed by Ellis and countersigned by his dad, using the occupational "
                          "therapist's kitchen safety steps.", "July 2026"], main=1)
    pl.trow(t, "E", hdr, ["O6", "When he feels panic rising in a lesson, Ellis will use his three-step breathing plan "
                          "and return to the lesson within 10 minutes, on 4 out of 5 occasions.",
                          "Exit-card log kept by the learning support coordinator.", ""],
            "not_time_bound@Target date", main=1)
    pl.trow(t, "E", hdr, ["O7", "By the end of Year 13 Ellis may apply for a Saturday job in a shop or caf\u00e9 "
                          "and go to an interview.", "Copy of his application.", "Summer 2027"],
            "vague_word:may", main=1)
    pl.trow(t, "E", hdr, ["O8", "Ellis will book his own GP and physiotherapy appointments by phone or through the "
                          "NHS App and attend 3 consecutive appointments without a parent in the room.",
                          "Ellis's appointment diary, checked with his personal tutor at each half-term review.",
                          "By his next annual review"], main=1)
    pl.para("Shorter-term targets for each outcome are set each term by the learning support coordinator "
            "with Ellis and recorded in his college support plan.", italic=True)

    h("F", "Special educational provision")
    hdr = ["Code", "Provision", "Frequency and duration", "Group size", "Delivered by", "Links to"]
    t = pl.table(hdr, shade_fill="C5E0B3")
    pl.trow(t, "F", hdr, ["F-CL-01", "A college laptop with speech-to-text (Dragon) and mind-mapping (Inspiration) "
                          "software for all written work, note-taking and exams.",
                          "In every lesson and in all tests and exams", "Individual",
                          "Learning support coordinator sets it up by 1 December 2025 and checks it with Ellis "
                          "each half-term", "O1, O4"], main=1, type="equipment")
    pl.trow(t, "F", hdr, ["F-CL-02", "Touch-typing teaching using the Englishtype Senior programme, with speed and "
                          "accuracy recorded at the end of each session.",
                          "3 x 20 minutes per week, in study periods on Monday, Wednesday and Friday", "1:1",
                          "Learning support assistant trained in the programme by the specialist dyspraxia teacher",
                          "O1"], main=1, type="intervention")
    pl.trow(t, "F", hdr, ["F-PH-03", "Occupational therapy recommendations to be followed in practical Biology "
                          "lessons and in the college kitchen.", "As required", "-", "", "O5"],
            "vague_word:As required@Frequency and duration;no_frequency@Frequency and duration;"
            "no_deliverer@Delivered by", main=1, type="strategy")
    pl.trow(t, "F", hdr, ["F-SE-04", "Anxiety-management sessions following the cognitive behavioural plan in the "
                          "CAMHS letter of 2 October 2025 (Appendix 2), including a graded plan for eating in "
                          "the refectory.", "Weekly, 40 minutes, Tuesdays period 3", "1:1",
                          "College wellbeing practitioner (BACP-registered counsellor)", "O3, O6"],
            main=1, type="intervention")
    pl.trow(t, "F", hdr, ["F-SE-05", "Study skills sessions on planning coursework, note-taking and building a "
                          "revision timetable.", "Fortnightly, 50 minutes", "Small group",
                          "Study skills tutor (qualified teacher)", "O1"],
            "no_group_size@Group size", main=1, type="intervention")
    pl.trow(t, "F", hdr, ["F-SE-06", "Ellis should be allowed to leave lessons five minutes early to avoid crowded "
                          "corridors.", "Every lesson change", "-", "Subject teachers", "O6"],
            "vague_word:should", main=1, type="strategy")
    pl.trow(t, "F", hdr, ["F-CL-07", "Printed lesson notes and slides emailed to Ellis 24 hours before each Biology, "
                          "Psychology and Sociology lesson.", "Every lesson in his three A-level subjects",
                          "Individual", "Subject teachers; the learning support coordinator checks each "
                          "half-term that notes arrive on time", "O1"], main=1, type="strategy")
    pl.trow(t, "F", hdr, ["F-PA-08", "Careers guidance interviews with an independent careers adviser to plan "
                          "Ellis's route after Year 13.", "6 sessions", "1:1",
                          "Careers adviser (Level 6 qualified)", "O7"],
            "no_frequency@Frequency and duration;no_duration@Frequency and duration", main=1, type="intervention")

    h("G", "Health provision")
    g1 = ("The Wrenfield Children's Physiotherapy Service will see Ellis at college for a 45-minute review of his "
          "core stability and shoulders programme once every half-term, and will update his written home "
          "programme after each visit.")
    pl.item("G", g1, style="List Bullet", type="review")
    pl.trap("G", "shoulders", g1, "shoulders")
    pl.item("G", "CAMHS will continue to review Ellis's anxiety periodically.",
            "vague_word:periodically;no_frequency;no_duration", style="List Bullet", type="review")
    pl.head("H1", "Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled "
            "Persons Act 1970", style="Heading 1", status="no_needs")
    pl.para("None: Ellis has no assessed needs for provision under section 2 of the Act.")
    pl.head("H2", "Section H2 \u2014 Other social care provision", style="Heading 1", status="no_needs")
    pl.para("No other social care provision has been identified.")
    h("I", "Placement")
    pl.para("Northgate Sixth Form College, Hollins Road, Wrenfield WR4 2GN: a sixth-form college "
            "(post-16 institution), from 1 September 2025 until the end of his study programme in July 2027.")
    pl.head("J", "Section J \u2014 Personal budget", style="Heading 1", status="no_needs")
    pl.para("No personal budget has been requested.")
    h("K", "Advice and information")
    for a in ["Parental advice: Jo and Martin Fairbrother, 29 September 2025",
              "Young person's views: Ellis Fairbrother, 29 September 2025",
              "Educational advice: Northgate Sixth Form College learning support, 3 October 2025",
              "Occupational therapy advice: Wrenfield Children's Occupational Therapy, 9 October 2025",
              "Medical advice: Dr P. Amadi, community paediatrician, 6 October 2025",
              "CAMHS letter: Wrenfield CAMHS, 2 October 2025",
              "Social care: no involvement, confirmed 1 October 2025"]:
        pl.para(a, style="List Bullet")
    pl.signature("Hannah Oduya", "EHC Coordinator", "18/11/2025", la)
    pl.finish(out)


def plan_round6_williams_syndrome(out):
    """Year 2, Williams syndrome. Bold underlined 'SECTION X' headings with an italic subtitle, area-of-need
    subheadings, typed 'Outcome n:' and 'F1 \u2013' items, steps as bullets, H split, an appendix."""
    ch = child("Maisie", "Okafor", "she", "2019-03-08", 2, "St Aldhelm's CE Primary School",
               ["MLD", "SLCN", "SEMH"], "2025-12-04", None)
    la = "Thornbury Vale Borough Council"
    pl = Plan("round6-williams-syndrome", "typical", ch, la,
              {"section_style": "bold-underline", "heading_format": "SECTION {L} + italic subtitle",
               "outcome_layout": "area-paragraphs", "outcome_number_style": "Outcome {n}: ",
               "provision_layout": "numbered-paras", "prov_number_style": "F{n} \u2013 ",
               "details_layout": "2col", "date_style": "long"}, SPLIT, font="Verdana")

    def h(sid, sub, **kw):
        text = "SECTION " + sid
        p = pl.para(text, bold=True, size=12)
        p.runs[0].underline = True
        pl.para(sub, italic=True)
        pl.section(sid, text, subtitle=sub, **kw)

    def area(text):
        pl.para(text, bold=True, italic=True)

    front(pl, "Maisie Okafor", "8 March 2019", "4 December 2025", "Not applicable \u2013 first EHC plan",
          "St Aldhelm's CE Primary School", la, status="Final", next_review="4 December 2026")
    h("A", "The views, interests and aspirations of Maisie and her family")
    pl.paras([
        "Maisie told us: \"I love singing and my keyboard. My best thing is Mrs Bell's class. I don't like the "
        "hand dryers, they are too loud.\" She drew a picture of herself singing on a stage.",
        "Maisie's mum and dad say she is warm, funny and loves people. Their hope is that she learns to read, "
        "makes real friends of her own age and stays safe, because she will chat to anyone. In the future they "
        "would like her to go to music lessons and join a choir."])
    h("B", "Maisie's special educational needs")
    area("Cognition and learning")
    pl.para("Maisie has Williams syndrome, a genetic condition diagnosed at 14 months. Her cognitive assessment "
            "shows a learning difficulty in the moderate range, with a marked difference between her spoken "
            "language, which is a strength, and her visuospatial skills, which are very weak. She can count "
            "objects to 10 reliably, recognises 12 high-frequency words and is working within the Year 1 "
            "curriculum in most areas. She finds drawing, copying shapes and using a number line very hard.")
    area("Communication and interaction")
    pl.para("Maisie talks fluently in long sentences and uses adult phrases, which can hide how little of what "
            "she hears she understands. The speech and language therapist found her understanding of spoken "
            "language to be at about a 4-year level: she follows one-part instructions, but loses the second "
            "part of a longer instruction and does not understand concept words such as 'before', 'under' "
            "and 'last'.")
    area("Social, emotional and mental health")
    pl.para("Maisie is very sociable and will approach and hug adults she does not know. She becomes anxious "
            "when routines change and asks the same question many times. Her friendships with other children "
            "are fragile because she prefers adult company.")
    area("Sensory and physical")
    pl.para("Maisie has hyperacusis: sudden or loud sounds such as hand dryers, balloons and the hall at "
            "lunchtime cause her real distress and she covers her ears and cries. She has low muscle tone and "
            "poor depth perception, so stairs and uneven ground are difficult.")
    h("C", "Maisie's health needs which relate to her SEN")
    pl.para("Maisie has supravalvular aortic stenosis, a narrowing of the main artery from the heart, which is "
            "monitored by the paediatric cardiology team. She tires quickly after physical activity. She also "
            "has hyperacusis and is under the community paediatrician.")
    h("D", "Maisie's social care needs which relate to her SEN or disability")
    pl.para("Maisie is assessed by the Disabled Children's Team as eligible for short breaks, because her "
            "safety needs mean she needs constant supervision outside the home.")

    h("E", "The outcomes we want Maisie to achieve")
    e1 = ("Outcome 1: By May 2026, Maisie will count out any number of objects from 1 to 20 accurately, "
          "using a number track, on 4 out of 5 attempts.")
    steps = {
        1: ["Counts out 1 to 10 objects accurately by the end of the autumn term", "Counts out 11 to 15 by February"],
        3: ["Carries out two-part instructions 1:1 with her teaching assistant", "Then in a group of 4"],
        6: ["Walks up the stairs holding the handrail with an adult beside her"],
        8: ["Puts her coat on with the zip started for her"]}

    def outcome(n, text, dspec=""):
        pl.item("E", text, dspec, steps=steps.get(n, []))
        for s in steps.get(n, []):
            pl.para(s, style="List Bullet", italic=True)
    area("Cognition and learning")
    outcome(1, e1)
    pl.trap("E", "May 2026", e1, "May 2026")
    outcome(2, "Outcome 2: Maisie will read and write 30 high-frequency words from the Year 1 list without "
               "adult help.", "not_time_bound")
    area("Communication and interaction")
    outcome(3, "Outcome 3: By July 2026, Maisie will carry out a two-part spoken instruction given to the whole "
               "class, without a repeat or a picture prompt, on 4 out of 5 observed occasions.")
    area("Social, emotional and mental health")
    outcome(4, "Outcome 4: By the end of the summer term 2026, Maisie will understand the difference between "
               "friends and strangers and be safer with adults she does not know.", "not_measurable")
    outcome(5, "Outcome 5: By July 2026 Maisie should be able to cope better when a planned activity changes.",
            "vague_word:should;not_measurable")
    area("Sensory and physical")
    outcome(6, "Outcome 6: By the end of the spring term 2026, Maisie will climb the stairs to the Year 2 "
               "classroom and come back down, holding the handrail and with no adult holding her hand, on 5 "
               "consecutive school days.")
    outcome(7, "Outcome 7: Maisie will have ear defenders and a quiet space during assemblies and wet play by "
               "Easter 2026.", "outcome_is_provision")
    area("Independence and self-care")
    outcome(8, "Outcome 8: By the end of Year 2, Maisie will put on her coat, fasten the zip and change into her "
               "PE shoes independently, in 10 minutes or less.")

    h("F", "The special educational provision Maisie needs")
    area("Cognition and learning")
    pl.item("F", "F1 \u2013 A teaching assistant (Level 3, trained in Williams syndrome by the Thornbury Vale "
                 "Learning Support Service) will work alongside the class teacher for the whole school day "
                 "(32.5 hours per week) to prompt Maisie to start each task, break tasks into steps on a "
                 "written checklist and keep her safe at playtimes and lunchtimes.", type="staffing")
    pl.item("F", "F2 \u2013 Precision teaching of number bonds to 10 and Year 1 high-frequency words, 10 minutes "
                 "daily, 1:1 with her teaching assistant, using probes written by the educational psychologist "
                 "and updated each half-term.", type="intervention")
    area("Communication and interaction")
    pl.item("F", "F3 \u2013 Regular speech and language therapy from the NHS Speech and Language Therapy Service, "
                 "focused on her understanding of spoken language.",
            "vague_word:Regular;no_frequency;no_duration", type="intervention")
    pl.item("F", "F4 \u2013 A programme for understanding concept words (in, on, under, big, little, first, "
                 "last), delivered by her teaching assistant for 15 minutes, four times a week, following a "
                 "programme written by the speech and language therapist, who visits for 45 minutes once every "
                 "half-term to model the activities and set new targets.", type="intervention")
    pl.item("F", "F5 \u2013 Maisie will join a Talk Boost KS1 group for 30 minutes three times a week, led by a "
                 "teaching assistant trained in Talk Boost.", "no_group_size", type="intervention")
    area("Sensory and physical")
    pl.item("F", "F6 \u2013 Access to a quiet area with ear defenders, supervised by her teaching assistant, "
                 "whenever she needs it.",
            "vague_word:Access to;vague_word:whenever she needs it;no_frequency", type="strategy")
    area("Social, emotional and mental health")
    pl.item("F", "F7 \u2013 A visual timetable and a 'now and next' board, set up by the class teacher before "
                 "school each morning and referred to by her teaching assistant at every change of activity.",
            type="strategy")
    pl.item("F", "F8 \u2013 A daily 10-minute Social Story session before morning play, using stories written "
                 "about her current worries.", "no_deliverer", type="intervention")

    h("G", "Health provision reasonably required by Maisie's learning difficulties or disabilities")
    pl.item("G", "The consultant paediatric cardiologist at Thornbury General Hospital will review Maisie's heart "
                 "condition at a 30-minute outpatient appointment twice a year and send a written update to the "
                 "school nurse within 2 weeks of each appointment.", style="List Bullet", type="review")
    pl.item("G", "A care plan for her heart condition will be written and shared with school staff.",
            "no_deliverer;no_frequency", style="List Bullet", type="review")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    h1 = ("Short breaks: 6 hours per month at the Elmfield short breaks scheme on a Saturday, with 1:1 care from "
          "a short breaks worker trained in Maisie's heart care plan, arranged and reviewed each year by the "
          "Disabled Children's Team.")
    pl.item("H1", h1, type="staffing")
    pl.trap("H1", "short breaks", h1, "short breaks")
    h("H2", "Any other social care provision", status="no_needs")
    pl.para("No provision under any other social care legislation has been identified for Maisie.")
    h("I", "The name and type of school")
    pl.para("St Aldhelm's CE Primary School, Church Lane, Thornbury Vale: a mainstream voluntary-aided primary school.")
    h("J", "Personal budget (including direct payments)", status="no_needs")
    pl.para("Maisie's parents have not asked for a personal budget.")
    h("K", "Advice and information gathered")
    pl.paras(["Parental advice \u2013 Grace and Tobi Okafor \u2013 22 September 2025",
              "Educational advice \u2013 St Aldhelm's CE Primary School \u2013 26 September 2025",
              "Psychological advice \u2013 Dr L. Fenn, educational psychologist \u2013 8 October 2025",
              "Speech and language therapy advice \u2013 NHS Speech and Language Therapy Service \u2013 1 October 2025",
              "Medical advice \u2013 Dr R. Whitlock, community paediatrician \u2013 3 October 2025",
              "Social care advice \u2013 Disabled Children's Team \u2013 7 October 2025"])
    pl.signature("Anjali Mistry", "SEN Case Officer", "4 December 2025", la)
    pl.para("Appendix A: Maisie's one-page profile", bold=True, size=12)
    pl.trap("K", "heading-like appendix", "Appendix A: Maisie's one-page profile", "Appendix A")
    pl.para("Maisie likes singing, keyboards and being helpful. She does not like loud noises or surprises.")
    pl.finish(out)


def plan_round6_young_carer(out):
    """Year 6 young carer with SEMH and dyslexia. Section letters come from Word auto-numbering
    (upperLetter 'Section %1:'), so heading texts carry no letter; single H; outcomes auto-numbered;
    F is a 3-column table with long prose cells; G and H are prose paragraphs."""
    ch = child("Callum", "Brierley", "he", "2014-11-21", 6, "Holme Lane Primary Academy",
               ["SEMH", "SpLD"], "2025-10-30", "2025-07-08")
    la = "Castlemere Metropolitan Borough Council"
    pl = Plan("round6-young-carer", "typical", ch, la,
              {"section_style": "heading-autonumbered", "heading_format": "auto 'Section %1:' + title",
               "heading_level": 2, "outcome_layout": "numbered-auto", "provision_layout": "table3-prose",
               "details_layout": "2col", "date_style": "long"}, SINGLE, font="Georgia")
    sec_num = add_numbering(pl.doc, "upperLetter", "Section %1:")
    out_num = add_numbering(pl.doc, "decimal", "%1.")

    def h(sid, title, **kw):
        pl.head(sid, title, style="Heading 2", num=sec_num, num_label="Section %s:" % sid, **kw)

    pl.para(la, bold=True, size=12)
    pl.para("EHC Plan \u2013 Amended Final", style="Title")
    pl.details([("Child's name", "Callum Brierley"), ("Date of birth", "21 November 2014"),
                ("School", "Holme Lane Primary Academy (Year 6)"), ("Date of plan", "30 October 2025"),
                ("Date of last annual review", "8 July 2025"), ("Next review", "by 8 July 2026"),
                ("Lives with", "his mum, Leanne Brierley, and his sister Mia (aged 4)")])

    h("A", "All about me: my views, interests and aspirations")
    pl.paras([
        "I help my mum because she has MS and gets tired. I do the breakfast and take Mia to nursery. I like "
        "football, drawing cartoons and my dog Biscuit. I hate reading out loud because the words move about.",
        "When I'm older I want to draw comics or be a PE teacher. I want to get to Castlemere High with my "
        "friend Tyler and not get told off for being late.",
        "Leanne says Callum is kind and grown-up for his age but carries too much. She wants him to have time "
        "to be a child, to catch up with his reading before secondary school and to have someone to talk to."])
    h("B", "Callum's special educational needs")
    trap_b = "Section F below sets out how the school will teach Callum to read and spell."
    pl.para(trap_b)
    pl.trap("B", "heading-like body text", trap_b, "Section F below")
    pl.paras([
        "Cognition and learning. Callum was assessed by the Castlemere Specialist Teaching Service in March "
        "2025 and has dyslexia. His reading accuracy is at a 7-year-6-month level and his spelling standard "
        "score is 74. He has a poor phonological memory and reads slowly, word by word, so he loses the "
        "meaning of what he reads. His spoken ideas and his understanding in class discussion are good. His "
        "written work is short because spelling takes all his effort.",
        "Social, emotional and mental health. Callum is a young carer. On mornings when his mum is unwell he "
        "arrives late, tired and hungry, and he is quick to anger if challenged. Staff report that he hides "
        "his worries, finds it hard to name his feelings and can go from calm to shouting and leaving the "
        "room within a minute. He has two close friends but fall-outs at lunchtime are frequent. Moving to "
        "secondary school in September 2026 worries him because he does not know how he will get Mia to "
        "nursery in time."])
    h("C", "Health needs relating to Callum's SEN")
    pl.para("Callum has no diagnosed medical condition. The school nurse reports poor sleep: Callum often goes "
            "to bed after 11pm and wakes in the night to check on his mum, and his tiredness affects his mood "
            "and concentration in the morning.")
    h("D", "Social care needs")
    pl.para("A young carer's needs assessment by the Castlemere Young Carers Service (June 2025) found that "
            "Callum provides around 15 hours of care a week, including morning routines for his sister and "
            "helping his mum with meals, and that this is having a significant effect on his education and "
            "wellbeing. The family also receives Early Help support.")

    h("E", "Outcomes")
    outs = [
        ("By the end of Year 6, Callum will read a passage at a Year 5 level aloud at 90 words per minute with "
         "95% accuracy, measured on the York Assessment of Reading for Comprehension.", "",
         ["Reads a Year 4 level passage at 70 words per minute by February 2026"]),
        ("By July 2026, Callum will make good progress in his spelling.", "not_measurable", []),
        ("By the end of the spring term 2026, Callum will name the feeling he is having and choose one of three "
         "calming strategies from his card, with no more than one adult prompt, on 4 out of 5 recorded "
         "occasions.", "", ["Names his feeling using the Zones of Regulation colours in his ELSA session"]),
        ("Callum will tell a member of staff he trusts when caring at home has left him too tired to work, on "
         "every occasion that it happens.", "not_time_bound", []),
        ("Callum will attend the Castlemere Young Carers Club every fortnight and have time with his ELSA each "
         "week until the end of Year 6.", "outcome_is_provision", []),
        ("By the time he moves to secondary school in September 2026, Callum will find his way to 6 named "
         "rooms using a map of Castlemere High School and explain his new timetable to his mum.", "",
         ["Visits Castlemere High three times in the summer term with his learning mentor"]),
        ("By the end of Year 6, Callum might be able to complete his homework at the after-school club at "
         "least twice a week.", "vague_word:might", []),
        ("By July 2026, Callum will write a 150-word recount using his spelling app and a word bank, with "
         "capital letters and full stops correct in 8 out of 10 sentences.", "", []),
    ]
    for n, (text, dspec, st) in enumerate(outs, 1):
        pl.item("E", text, dspec, num=out_num, num_label="%d." % n, steps=st)
        for s in st:
            pl.para(s, style="List Bullet", italic=True)

    h("F", "Special educational provision")
    hdr = ["Provision (what, how often, how long)", "Who delivers it and their expertise", "Links to outcomes"]
    t = pl.table(hdr, shade_fill="FCE4D6")
    pl.trow(t, "F", hdr, [
        "Callum will receive a structured, cumulative, multisensory reading and spelling programme (Toe by Toe "
        "for reading and Nessy for spelling) for 20 minutes, four times a week, 1:1, in the morning before "
        "break, until he transfers to secondary school in July 2026.",
        "A teaching assistant trained in both programmes by the Castlemere Specialist Teaching Service, "
        "supervised by the SENCo, who checks his progress data each half-term.", "1, 8"], type="intervention")
    pl.trow(t, "F", hdr, ["Some extra time in class to finish written work.", "Class teacher", "8"],
            "vague_word:Some;no_frequency", type="strategy")
    pl.trow(t, "F", hdr, [
        "ELSA sessions on naming feelings, worries and calming strategies, using the Zones of Regulation, for "
        "40 minutes every Wednesday afternoon, 1:1, in the nurture room.",
        "An ELSA-trained teaching assistant, supervised each half-term by the educational psychologist, who "
        "keeps the ELSA targets up to date.", "3, 4"], type="intervention")
    pl.trap("F", "up to date", "An ELSA-trained teaching assistant, supervised each half-term by the educational "
            "psychologist, who keeps the ELSA targets up to date.", "up to date")
    pl.trow(t, "F", hdr, [
        "A daily check-in for 10 minutes at 8.45am, to hear how his night and morning at home have gone and "
        "to agree a plan for the day.", "-", "3, 4"],
        "no_deliverer@Who delivers it and their expertise", type="intervention")
    pl.trow(t, "F", hdr, [
        "A reader for the Key Stage 2 mathematics tests and 25% additional time in all Key Stage 2 tests, with "
        "the same arrangements in all tests and assessments in class from January 2026; the SENCo submits "
        "the application by 31 March 2026.",
        "Teaching assistant as reader; the SENCo makes the application and keeps the evidence.", "1, 8"],
        type="strategy")
    pl.trow(t, "F", hdr, [
        "A social skills group once a week for 30 minutes, working on friendship problems and how to put "
        "things right after a fall-out.",
        "Learning mentor trained in the Socially Speaking programme", "3"], "no_group_size", type="intervention")
    pl.trow(t, "F", hdr, ["Homework to be adapted as appropriate, with time in school to complete it.",
                          "Class teacher", "7"],
            "vague_word:as appropriate;no_frequency;no_duration", type="strategy")
    pl.trow(t, "F", hdr, [
        "Homework club on Tuesdays and Thursdays from 3.15pm to 4.15pm, in a group of no more than 8 pupils, "
        "so that Callum completes his homework at school rather than at home after his caring tasks.",
        "The higher level teaching assistant who runs the club", "7"], type="intervention")

    h("G", "Health provision")
    pl.item("G", "The school nurse will meet Callum for 20 minutes once every half-term to go through his sleep "
                 "diary and agree one change to his bedtime routine, and will send a summary to his mum and the "
                 "SENCo within 5 school days of each meeting.", type="review")
    pl.item("G", "CAMHS may offer Callum a course of therapy if his low mood continues.",
            "vague_word:may;no_frequency;no_duration", type="intervention")
    h("H", "Social care provision")
    pl.item("H", "Castlemere Young Carers Service: Callum will attend the Young Carers Club every other Saturday "
                 "morning from 10am to 12pm, in a group of 12 young carers led by two young carers support "
                 "workers, and his named support worker will review his young carer's assessment by "
                 "31 January 2026.", type="intervention")
    h("I", "Placement")
    pl.para("Holme Lane Primary Academy, Holme Lane, Castlemere CM7 3RT: a mainstream primary academy, until "
            "the end of Year 6 in July 2026. The secondary phase transfer will be named by 15 February 2026.")
    h("J", "Personal budget", status="no_needs")
    pl.para("No personal budget has been requested.")
    h("K", "Advice and information")
    pl.paras(["Advice from Leanne Brierley (parent), 12 September 2025",
              "Advice from Holme Lane Primary Academy, 19 September 2025",
              "Educational psychology advice, Castlemere EP Service, 1 October 2025",
              "Specialist teaching assessment, Castlemere Specialist Teaching Service, 14 March 2025",
              "Health advice, school nursing service, 24 September 2025",
              "Social care advice, Castlemere Young Carers Service, 26 September 2025"])
    pl.signature("Marcus Greenhalgh", "Senior SEN Officer", "30 October 2025", la)
    pl.finish(out)


def plan_round6_hearing_radio_aid(out):
    """Year 9, hearing impairment with a radio aid and a speech and language disorder. The whole plan is one
    4-column table: dark band rows carry upper-case headings in white, narrative sits in merged cells,
    and E, F and G use sub-header rows inside the same table; H split."""
    ch = child("Zainab", "Hussain", "she", "2012-01-17", 9, "Fernside Academy",
               ["HI", "SLCN"], "2025-11-27", "2025-03-12")
    la = "Hallam Cross City Council"
    pl = Plan("round6-hearing-radio-aid", "typical", ch, la,
              {"section_style": "table", "heading_format": "SECTION {L} \u2013 {LONG}", "band_colour": "1F4E79",
               "outcome_layout": "table-in-plan-table", "provision_layout": "table-in-plan-table",
               "details_layout": "4col", "date_style": "numeric"}, SPLIT, font="Tahoma")
    pl.para(la + " \u2013 Special Educational Needs and Disability Team", bold=True)
    pl.para("EDUCATION, HEALTH AND CARE PLAN \u2013 FINAL", bold=True, size=16)
    t = pl.table(cols=4)

    def band(sid, text, **kw):
        pl.row(t, text, span=True, shade_fill="1F4E79", bold=True, color="FFFFFF")
        pl.section(sid, text, **kw)

    def prose(lines):
        pl.row(t, lines if isinstance(lines, list) else [lines], span=True)

    def sub(values):
        pl.row(t, values, shade_fill="DEEAF6", bold=True)

    for r in [("Name", "Zainab Hussain", "Date of birth", "17/01/2012"),
              ("School", "Fernside Academy (hearing support resource base)", "Year group", "Year 9"),
              ("Date of plan", "27/11/2025", "Last annual review", "12/03/2025"),
              ("Next annual review", "by 12/03/2026", "NHS number", "485 221 9076")]:
        cells = pl.row(t, list(r))
        shade(cells[0], "F2F2F2")
        shade(cells[2], "F2F2F2")
    band("A", "SECTION A \u2013 VIEWS, INTERESTS AND ASPIRATIONS")
    prose(["Zainab wrote: \"I am deaf in both ears and I wear hearing aids and a Roger radio aid. I can hear "
           "well in class when the teacher wears the microphone. I hate it when people talk with their back "
           "to me or all at once. I like netball, baking and watching films with subtitles.\"",
           "\"When I leave school I want to work with animals, maybe as a vet nurse. I want to do my GCSEs in "
           "science and I want to go to college.\"",
           "Her parents want Zainab to speak up for herself about her deafness and to be ready for college, and "
           "they worry that she nods along when she has not understood."])
    band("B", "SECTION B \u2013 SPECIAL EDUCATIONAL NEEDS")
    prose(["Hearing. Zainab has a moderate to severe bilateral sensorineural hearing loss, diagnosed at 2 years. "
           "She wears two behind-the-ear hearing aids and uses a Roger radio aid in lessons. Her hearing is "
           "better on the right. Without the radio aid she misses much of what is said in a noisy classroom, "
           "in group work and when the speaker turns away.",
           "Speech, language and communication. Zainab also has a language disorder. Her understanding of "
           "complex sentences and subject vocabulary is well below her age, and she finds it hard to retell "
           "events in order or to infer meaning from a text. She rarely asks for repetition and often guesses.",
           "Cognition and learning. Her non-verbal reasoning is in the average range. Her reading comprehension "
           "age is 10 years 2 months, and science, geography and history are the subjects where new vocabulary "
           "most holds her back."])
    band("C", "SECTION C \u2013 HEALTH NEEDS")
    prose("Zainab is under the Hallam Cross Children's Hearing Service for her hearing loss and hearing aids. "
          "She has no other health needs.")
    band("D", "SECTION D \u2013 SOCIAL CARE NEEDS", status="no_needs")
    prose("Zainab has no social care needs and is not known to children's social care.")

    band("E", "SECTION E \u2013 OUTCOMES")
    hdr = ["No.", "Outcome (by the end of Key Stage 4 unless stated)", "Steps this year", "By when"]
    sub(hdr)
    pl.trow(t, "E", hdr, ["1", "Zainab will check that her radio aid transmitter is charged and hand it to each "
                          "teacher at the start of the lesson without a reminder, in 9 out of 10 lessons observed.",
                          ["Uses a charging checklist in her planner", "Hands the transmitter over in maths and "
                           "science first"], "End of Year 9 (July 2026)"], main=1)
    pl.trow(t, "E", hdr, ["2", "Zainab will develop her understanding of subject vocabulary across the curriculum.",
                          ["Learns key words"], "July 2026"], "not_measurable", main=1)
    pl.trow(t, "E", hdr, ["3", "Zainab will explain the meaning of 10 key words from each new science topic in her "
                          "own words, with an example, scoring at least 8 out of 10 on the end-of-topic "
                          "vocabulary check.", ["Scores 6 out of 10 on the autumn topics"], "By 22 May 2026"],
            main=1)
    pl.trap("E", "May 2026", "By 22 May 2026", "May 2026")
    pl.trow(t, "E", hdr, ["4", "Zainab will continue to receive weekly speech and language therapy to work on her "
                          "narrative skills.", ["-"], "July 2026"], "outcome_is_provision", main=1)
    pl.trow(t, "E", hdr, ["5", "Zainab will ask a teacher to repeat or rephrase an instruction she has missed, at "
                          "least once in every lesson where she has not heard it.",
                          ["Uses her 'say it again' card in English"], "TBC"],
            "not_time_bound@By when;placeholder:TBC@By when", main=1)
    pl.trow(t, "E", hdr, ["6", "Zainab will take part in a one-week work experience placement, tell her "
                          "supervisor about her hearing loss and how to use her radio aid, and complete the "
                          "placement log for all 5 days.",
                          ["Practises explaining her hearing loss to a new adult with her Teacher of the Deaf"],
                          "July 2027 (Year 10)"], main=1)
    pl.trow(t, "E", hdr, ["7", "Zainab could join a lunchtime club or after-school activity with hearing friends "
                          "to widen her friendship group.", ["Tries netball club"], "-"],
            "vague_word:could;not_time_bound@By when", main=1)
    pl.trow(t, "E", hdr, ["8", "Zainab will book her own audiology appointment by email or text relay and speak "
                          "for herself to the audiologist for the whole appointment, with her mum present.",
                          ["Writes down three questions before her next appointment"], "By July 2026"], main=1)

    band("F", "SECTION F \u2013 SPECIAL EDUCATIONAL PROVISION")
    hdr = ["Ref", "Provision", "Frequency / duration", "Provider and qualifications"]
    sub(hdr)
    pl.trow(t, "F", hdr, ["F1", "Roger radio aid (Touchscreen transmitter with receivers on both hearing aids), "
                          "worn by the teacher and passed round in group discussion.",
                          "In all lessons, assemblies and tutor time",
                          "Qualified Teacher of the Deaf checks the system each half-term; the resource base "
                          "teaching assistant carries out a listening check every morning at 8.40am"],
            main=1, type="equipment")
    f2 = ("Pre-teaching of 10 key words before each new topic in science, geography and history, using the word-map "
          "approach set by the speech and language therapist, in the resource base and never during her "
          "regular mainstream class time for science.")
    pl.trow(t, "F", hdr, ["F2", f2, "3 x 30 minutes per week", "Teaching assistant (Level 3) trained by the speech "
                          "and language therapist, working 1:1"], main=1, type="intervention")
    pl.trap("F", "regular mainstream class", f2, "regular mainstream class")
    pl.trow(t, "F", hdr, ["F3", "Checks that Zainab has heard and understood each instruction.", "Regularly",
                          "Subject teachers"],
            "vague_word:Regularly@Frequency / duration;no_frequency@Frequency / duration", main=1, type="strategy")
    pl.trow(t, "F", hdr, ["F4", "Speech and language therapy on narrative and inference, following the targets in "
                          "the therapist's report of 16 October 2025.",
                          "Weekly, 45 minutes, Thursdays period 1 (36 weeks a year)",
                          "HCPC-registered speech and language therapist from the Hallam Cross Speech and "
                          "Language Therapy Service"], main=1, type="intervention")
    pl.trow(t, "F", hdr, ["F5", "Teacher of the Deaf visits to monitor Zainab's progress and advise her teachers.",
                          "Half-termly", "Qualified Teacher of the Deaf, Hallam Cross Sensory Support Service"],
            "no_duration@Frequency / duration", main=1, type="review")
    pl.trow(t, "F", hdr, ["F6", "Deaf awareness training for the staff who teach Zainab.", "Up to 2 sessions a year",
                          "Hallam Cross Sensory Support Service"],
            "vague_word:Up to@Frequency / duration;no_duration@Frequency / duration", main=1, type="training")
    pl.trow(t, "F", hdr, ["F7", "Seating at the front of the class and to the left, so that her better right ear "
                          "faces the teacher and the window is behind her; teachers face the class when speaking "
                          "and repeat other pupils' answers.", "In every lesson",
                          "Subject teachers, following the seating plan written by the Teacher of the Deaf"],
            main=1, type="strategy")
    pl.trow(t, "F", hdr, ["F8", "A quiet room with a loop system for all internal exams, with 25% extra time and a "
                          "live speaker for listening papers.", "All internal exams and mocks", ""],
            "no_deliverer@Provider and qualifications", main=1, type="strategy")

    band("G", "SECTION G \u2013 HEALTH PROVISION")
    hdr = ["Ref", "Provision", "Frequency / duration", "Provider"]
    sub(hdr)
    pl.trow(t, "G", hdr, ["G1", "Hearing aid and radio aid review, with the audiologist sending the results to the "
                          "Teacher of the Deaf within 10 working days.", "Twice a year, 45 minutes each",
                          "Audiologist, Hallam Cross Children's Hearing Service"], main=1, type="review")
    pl.trow(t, "G", hdr, ["G2", "Hearing therapy sessions to help Zainab manage listening fatigue.",
                          "When necessary", "Hearing therapist, Children's Hearing Service"],
            "vague_word:When necessary@Frequency / duration;no_frequency@Frequency / duration;"
            "no_duration@Frequency / duration", main=1, type="intervention")
    band("H1", "SECTION H1 \u2013 SOCIAL CARE PROVISION (CSDPA 1970, SECTION 2)", status="no_needs")
    prose("Zainab has no assessed needs for provision under section 2 of the Chronically Sick and Disabled "
          "Persons Act 1970.")
    band("H2", "SECTION H2 \u2013 OTHER SOCIAL CARE PROVISION", status="no_needs")
    prose("No other social care provision is required.")
    band("I", "SECTION I \u2013 PLACEMENT")
    prose("Fernside Academy, Moor Road, Hallam Cross HX9 1DP: a mainstream 11\u201316 academy with a hearing "
          "support resource base.")
    band("J", "SECTION J \u2013 PERSONAL BUDGET", status="no_needs")
    prose("No personal budget has been requested by Zainab's family.")
    band("K", "SECTION K \u2013 ADVICE AND INFORMATION")
    prose(["Parent and young person views: Mr and Mrs Hussain and Zainab, 2 October 2025",
           "Educational advice: Fernside Academy, 9 October 2025",
           "Teacher of the Deaf advice: Hallam Cross Sensory Support Service, 10 October 2025",
           "Speech and language therapy advice: Hallam Cross Speech and Language Therapy Service, 16 October 2025",
           "Audiology report: Hallam Cross Children's Hearing Service, 6 October 2025",
           "Psychological advice: Hallam Cross Educational Psychology Service, 14 October 2025"])
    pl.para("")
    pl.signature("Ruth Adeyemi", "EHCP Coordinator", "27/11/2025", la)
    pl.finish(out)


# ---------------------------------------------------------------- round 7 blind plans

def _r7_reg(pl, sid, text, defs=(), cells=None, main=None, **extra):
    """Register a statement whose defects name their own paragraph: defs = [(kind, match, text, field)]
    (text None = the statement text). Used where one cell holds several paragraphs."""
    s = pl.stmt(sid, text, "", cells=cells, main=main, **extra)
    for kind, match, dtext, field in defs:
        d = pl.defect(sid, kind, dtext or text, match, field, s["id"])
        s["defects"].append(d["id"])
    s["label"] = "defective" if s["defects"] else "good"
    return s


def plan_round7_pda_college(out):
    """Year 11, autism with a demand-avoidant profile, moving to college. Everything is typed-numbered
    ("2.2.3"); sections are Heading 2 "n.m Part p, Section X: …" under Heading 1 "Part p – …"."""
    la = "Harrowfield Borough Council"
    ch = child("Kieran", "Holt", "he", "2010-11-14", 11, "Ashgrove Academy", ["ASD", "SEMH"],
               "2026-11-10", "2026-11-03")
    layout = {"section_style": "heading2-under-part-heading1", "heading_format": "{n}.{m} Part {n}, Section {L}: {title}",
              "part_headings": "Heading 1 'Part n – …' (Part 1: A–D, Part 2: E–H2, Part 3: I–K)",
              "outcome_layout": "numbered-typed", "outcome_number_style": "2.1.{n} ",
              "outcome_areas": "bold PfA subheadings", "provision_layout": "numbered-paras",
              "prov_number_style": "2.{m}.{n} ", "details_layout": "2col", "date_style": "long"}
    pl = Plan("round7-pda-college", "typical", ch, la, layout, SPLIT, font="Calibri")
    front(pl, "Kieran Holt", "14 November 2010", "10 November 2026", "3 November 2026",
          "Ashgrove Academy (Year 11)", la, status="Amended Final", next_review="By 9 November 2027")

    def h(sid, title):
        pl.head(sid, title, style="Heading 2")

    def sub(text):
        pl.para(text, bold=True)

    pl.para("Part 1 – About Kieran and his needs", style="Heading 1")
    pl.block(h, "A", "1.1 Part 1, Section A: Kieran’s views, interests and aspirations", [
        "1.1.1 Kieran says: “I’m good with computers. I want to fix laptops or build games and earn my own money.”",
        "1.1.2 Kieran told us that being told what to do makes him freeze, even when it is something he wants "
        "to do: “If someone says I have to, I can’t.” He wants people at college to ask him, not tell him.",
        "1.1.3 His mum, Dawn, wants Kieran to go to a college where staff understand that his “no” is anxiety, "
        "not rudeness, and hopes he will have a part-time job by the time he is 18."])
    pl.block(h, "B", "1.2 Part 1, Section B: Kieran’s special educational needs", [
        "1.2.1 Kieran has a diagnosis of autism (2019) with a pathological demand avoidance (PDA) profile, "
        "described by the CAMHS Neurodevelopmental Team in March 2024. Everyday requests, even ones he would "
        "choose for himself, raise his anxiety, and he then avoids them by joking, arguing, changing the "
        "subject or leaving the room.",
        "1.2.2 Communication and interaction: Kieran speaks fluently, but he may hear a direct instruction as a "
        "threat, and group work that depends on negotiating roles usually breaks down within 10 minutes.",
        "1.2.3 Cognition and learning: Kieran is predicted grade 5 in computer science and grade 3 in English "
        "and maths. He finds it hard to start extended tasks and has handed in 2 of his 6 coursework units.",
        "1.2.4 Social, emotional and mental health: Kieran’s attendance was 71% in Year 10. When demands build "
        "up he leaves the classroom, and twice last year he left the school site.",
        "1.2.5 Preparing for adulthood: Kieran has never travelled on a bus without his mum, does not pay for "
        "things in shops, and has not yet visited Brookvale College."])
    pl.block(h, "C", "1.3 Part 1, Section C: Kieran’s health needs",
             "1.3.1 Kieran has anxiety and delayed sleep onset; he often falls asleep after 1am. He is seen by the "
             "CAMHS Neurodevelopmental Team and takes melatonin prescribed by his GP.")
    pl.block(h, "D", "1.4 Part 1, Section D: Kieran’s social care needs",
             "1.4.1 Kieran’s mother is a single parent who also cares for his younger sister. A carer’s assessment "
             "(September 2026) found that she needs a break at weekends and that Kieran needs an adult with him "
             "to take part in leisure activities outside the home.")

    pl.para("Part 2 – Outcomes and provision", style="Heading 1")
    h("E", "2.1 Part 2, Section E: Outcomes for Kieran")
    pl.para("Kieran’s key worker sets his shorter-term targets each term in his SEN support plan and shares "
            "them with Kieran and his mum.", italic=True)
    sub("Education and employment")
    area = {"need_text": "Education and employment"}
    pl.item("E", "2.1.1 By the end of Year 11 (July 2027), Kieran will complete and hand in 4 of the 6 units of "
            "his computer science coursework, choosing the order in which he tackles them.", **area)
    pl.item("E", "2.1.2 By July 2027, Kieran will feel more positive about learning and be ready for college.",
            "not_measurable", **area)
    pl.item("E", "2.1.3 By the end of his first year at Brookvale College (July 2028), Kieran will complete a "
            "2-week work placement in an IT repair workshop, arriving on time on at least 8 of the 10 days.", **area)
    sub("Independent living")
    area = {"need_text": "Independent living"}
    pl.item("E", "2.1.4 By the end of the spring term 2027, Kieran will travel on the number 42 bus from home to "
            "Brookvale College and back independently, on 5 journeys in a row.", **area)
    pl.item("E", "2.1.5 By July 2028, Kieran should be able to buy his lunch in the college canteen and check "
            "his change.", "vague_word:should", **area)
    sub("Friends, relationships and community")
    area = {"need_text": "Friends, relationships and community"}
    pl.item("E", "2.1.6 Kieran will receive a weekly mentoring session with his key worker to help him make "
            "friends at college.", "outcome_is_provision;not_time_bound", **area)
    t7 = ("2.1.7 By May 2028, Kieran will take part in at least 6 weekly meetings of the college gaming "
          "society in a term, including one meeting where he teaches a game to another member.")
    pl.item("E", t7, **area)
    pl.trap("E", "May 2028", t7, "May 2028")
    sub("Good health")
    pl.item("E", "2.1.8 Kieran will phone the GP surgery himself to book his medication review and then attend "
            "it, on 2 occasions in a row.", "not_time_bound", need_text="Good health")

    h("F", "2.2 Part 2, Section F: Special educational provision")
    sub("Social, emotional and mental health")
    pl.item("F", "2.2.1 Until July 2027 at Ashgrove Academy and from September 2027 at Brookvale College, a "
            "named key worker trained in the PDA Society’s “Understanding PDA” course will meet Kieran at the "
            "entrance and check in with him for 15 minutes at the start of each day, giving him 2 choices about "
            "the order of his morning instead of instructions.", type="staffing")
    pl.item("F", "2.2.2 Kieran will have regular check-ins with his form tutor to talk through how his week is "
            "going.", "vague_word:regular;no_frequency;no_duration", type="intervention")
    t3 = ("2.2.3 In every lesson, teachers and tutors will phrase requests to Kieran as statements or choices "
          "(“The worksheet is on your desk”, “Laptop or paper today?”) rather than direct commands, following "
          "the PDA strategy guide written by the autism advisory teacher, who will keep the guide up to date and "
          "observe 2 lessons each half-term to check that it is followed.")
    pl.item("F", t3, type="strategy")
    pl.trap("F", "up to date", t3, "up to date")
    pl.item("F", "2.2.4 Kieran can go to the Hub quiet room as needed during the school day, where a teaching "
            "assistant will check on him.", "vague_word:as needed", type="strategy")
    sub("Cognition and learning")
    pl.item("F", "2.2.5 Each coursework unit will be broken into tasks of no more than 3 steps on a written "
            "checklist that Kieran ticks off, in every lesson of his computer science course.", "no_deliverer",
            type="strategy")
    sub("Communication and interaction")
    pl.item("F", "2.2.6 Social communication group sessions with the speech and language therapist once a "
            "fortnight, practising how to negotiate roles in a shared project.", "no_duration;no_group_size",
            type="intervention")
    sub("Preparing for adulthood")
    pl.item("F", "2.2.7 Independent travel training on the route from home to Brookvale College, 1:1 with a "
            "travel trainer from the Harrowfield Independent Travel Team, 2 x 60-minute sessions per week from "
            "January to March 2027, with Kieran choosing which stage of the route to practise first.",
            type="intervention")
    pl.item("F", "2.2.8 Transition visits to Brookvale College, one 90-minute visit every fortnight from February "
            "to June 2027, accompanied by his key worker, including one visit to meet his college key worker "
            "and one to try the bus route.", type="intervention")

    h("G", "2.3 Part 2, Section G: Health provision")
    pl.item("G", "2.3.1 A 45-minute review appointment with a clinician from the Harrowfield CAMHS "
            "Neurodevelopmental Team once each half-term, at the Elm Street clinic or by video call, to go "
            "through Kieran’s anxiety plan and sleep diary with him.", type="review")
    pl.item("G", "2.3.2 Ongoing monitoring of Kieran’s sleep and melatonin by his GP.",
            "vague_word:Ongoing;no_frequency", type="review")
    h("H1", "2.4 Part 2, Section H1: Social care provision under section 2 of the Chronically Sick and Disabled "
            "Persons Act 1970")
    pl.item("H1", "2.4.1 A personal assistant, paid through the direct payment in Section J, will go with Kieran "
            "to the Harrowfield climbing wall every Saturday from 1pm to 4pm, so that his mum has a break and "
            "Kieran practises paying at the desk himself.", type="staffing")
    pl.block(lambda sid, title: pl.head(sid, title, style="Heading 2", status="no_needs"), "H2",
             "2.5 Part 2, Section H2: Other social care provision",
             "2.5.1 Kieran has no other social care needs that require provision under this section.")

    pl.para("Part 3 – Placement, personal budget and advice", style="Heading 1")
    pl.block(h, "I", "3.1 Part 3, Section I: Placement", [
        "3.1.1 Until 23 July 2027: Ashgrove Academy (mainstream secondary academy), Year 11.",
        "3.1.2 From 6 September 2027: Brookvale College (general further education college), Level 2 Digital "
        "Technology study programme, 16 hours a week over 4 days."])
    pl.block(h, "J", "3.2 Part 3, Section J: Personal budget",
             "3.2.1 A direct payment of £2,340 a year (3 hours a week for 39 weeks at £20 an hour) pays for the "
             "personal assistant in 2.4.1.")
    pl.block(h, "K", "3.3 Part 3, Section K: Advice and information", [
        "3.3.1 Educational psychologist, Harrowfield Educational Psychology Service – 14 October 2026",
        "3.3.2 CAMHS Neurodevelopmental Team – 2 October 2026",
        "3.3.3 Autism advisory teacher – 9 October 2026",
        "3.3.4 Carer’s assessment, Harrowfield Adult and Children’s Social Care – 21 September 2026",
        "3.3.5 Views of Kieran and his mother, recorded at the annual review – 3 November 2026",
        ADVICE_NOTE])
    pl.signature("Priya Sandhu", "EHC Coordinator", "10 November 2026", la)
    pl.finish(out)


def plan_round7_spina_bifida(out):
    """Year 3, spina bifida and hydrocephalus, continence care. F and G are weekly timetables with a row per
    week-day (Day | Time | Provision | Delivered by); E is a first-person table; a placeholder in the details."""
    la = "Wrenmoor County Council"
    ch = child("Ava", "Mistry", "she", "2019-03-03", 3, "Hillcrest Primary School", ["PD"],
               "2026-11-16", "2026-10-20")
    layout = {"section_style": "heading1", "heading_format": "Section {L}: {title}",
              "outcome_layout": "table", "outcome_columns": ["Area", "My outcome", "By when"],
              "outcome_voice": "first person",
              "provision_layout": "weekday-table", "provision_columns": ["Day", "Time", "Provision", "Delivered by"],
              "details_layout": "2col", "date_style": "long"}
    pl = Plan("round7-spina-bifida", "typical", ch, la, layout, SINGLE, font="Segoe UI")
    pl.para(la + " – Children’s Services", bold=True, size=12)
    pl.para("Education, Health and Care Plan (Final)", style="Title")
    t = pl.table(cols=2)
    for label, value in [("Name", "Ava Mistry"), ("Date of birth", "3 March 2019"), ("Year group", "Year 3"),
                         ("School", "Hillcrest Primary School"), ("NHS number", "485 777 3456"),
                         ("Date of plan", "16 November 2026"), ("Date of last annual review", "20 October 2026"),
                         ("Date of next annual review", "[insert date]")]:
        cells = pl.row(t, [label, value])
        shade(cells[0], "E2EFDA")
    pl.defect("details", "placeholder", "[insert date]", "[insert date]", "Date of next annual review")
    pl.para("")

    def h(sid, title, **kw):
        pl.head(sid, title, style="Heading 1", **kw)

    pl.block(h, "A", "Section A: All about me", [
        "Ava says: “I like swimming and drawing unicorns. When I grow up I want to be a vet.”",
        "Ava told her teaching assistant that she does not like other children watching when she goes to the "
        "toilet, and that she gets “tired legs” by the afternoon.",
        "Ava’s parents want her to be as independent as her friends, to manage her own catheter by the time she "
        "goes to secondary school, and to be invited to play at lunchtimes."])
    pl.block(h, "B", "Section B: My special educational needs", [
        "Ava was born with spina bifida (myelomeningocele) and has hydrocephalus, managed with a shunt. She walks "
        "short distances with a walking frame and uses a manual wheelchair for longer distances. She has no "
        "bladder or bowel sensation.",
        "Cognition and learning: Ava reads at the expected standard for her age but is working at Year 1 level "
        "in maths. Her working memory is at the 5th percentile, so she forgets the steps of a calculation "
        "before she finishes it.",
        "Physical: her fine-motor skills are delayed, and she tires quickly, which may mean she stops writing "
        "after 2 or 3 lines. She cannot yet transfer from her wheelchair without an adult lifting her.",
        "Social and emotional: Ava is sociable but is often left out of playground games that need running."])
    pl.block(h, "C", "Section C: My health needs",
             "Ava needs clean intermittent catheterisation 3 times during the school day and follows a bowel "
             "management programme at home. A blocked shunt is a medical emergency; the signs are listed on "
             "her hydrocephalus alert card. She sees the community physiotherapist and the paediatric "
             "continence nurse.")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "D", "Section D: My social care needs",
             "Ava has no social care needs.")

    h("E", "Section E: My outcomes")
    hdr = ["Area", "My outcome", "By when"]
    t = pl.table(hdr, shade_fill="C6E0B4")
    rows = [
        (["Independence and self-care", "I will tell my teaching assistant when it is time for my catheter, at "
          "each of my 3 times in the day and without being reminded, on 9 out of 10 school days.",
          "By the end of Year 4 (July 2027)"], ""),
        (["Independence and self-care", "I will become more independent with my personal care.", "July 2027"],
         "not_measurable"),
        (["Physical", "I will move from my wheelchair to my classroom chair and back using my transfer board, "
          "with an adult standing by but not lifting me, at every change of lesson for 4 weeks in a row.",
          "By the end of the spring term 2027"], ""),
        (["Cognition and learning", "I will recall my 2, 5 and 10 times-table facts, getting 18 out of 20 right "
          "in 1 minute on my precision teaching probe.", "Ongoing"], "not_time_bound@By when"),
        (["Cognition and learning", "I will write 3 sentences about my weekend on my writing slope, with "
          "capital letters and full stops, without an adult writing any words for me.", "July 2027"], ""),
        (["Physical", "I will have physiotherapy every week in school to make my legs stronger.", "July 2027"],
         "outcome_is_provision"),
        (["Social and emotional", "I will join in a playground game with at least 2 friends at lunchtime on 3 "
          "days a week, choosing the game myself at least once a week.", "By the end of Year 4 (July 2027)"], ""),
        (["Physical", "I could try climbing the 4 steps to the library using the handrail.", "-"],
         "vague_word:could;not_time_bound@By when"),
    ]
    for values, dspec in rows:
        pl.trow(t, "E", hdr, values, dspec, main=1, need_text=values[0])
    pl.para("")

    h("F", "Section F: Special educational provision")
    pl.para("Ava’s provision is set out as her weekly timetable. Each row happens every week in term time.")
    hdr = ["Day", "Time", "Provision", "Delivered by"]
    t = pl.table(hdr, shade_fill="C6E0B4")
    rows = [
        (["Every day (Monday to Friday)", "8.40–8.55am (15 minutes)", "Arrival routine: meet Ava at the "
          "step-free entrance, check that her walking frame and wheelchair are in the classroom, and prompt her "
          "through unpacking her bag so that she is at her table for the register.",
          "Ava’s named teaching assistant"], "", "staffing"),
        (["Every Monday", "2.15–2.45pm (30 minutes)", "Pre-teaching of the next week’s maths vocabulary and place "
          "value using Numicon, 1:1, in the library.", "-"], "no_deliverer@Delivered by", "intervention"),
        (["Every Tuesday", "TBC", "Precision teaching of 2, 5 and 10 times-table facts, 1:1, using probes written "
          "by the educational psychologist.", "Teaching assistant trained in precision teaching by the "
          "educational psychologist"], "placeholder:TBC@Time;no_duration@Time", "intervention"),
        (["Every Wednesday", "1.30–2.00pm (30 minutes)", "Occupational therapy handwriting and fine-motor "
          "programme (Write from the Start, stages 3 and 4) in a group of 3 pupils, in the classroom.",
          "Teaching assistant trained and supervised by the Wrenmoor Children’s Therapy Service occupational "
          "therapist"], "", "intervention"),
        (["Every Thursday", "12.45–1.05pm (20 minutes)", "Lunchtime friendship group in the Rainbow Room with "
          "up to 6 children from Year 3, playing turn-taking games that Ava can join from her wheelchair.",
          "ELSA-trained teaching assistant"], "", "intervention"),
        (["Every Friday", "11.00–11.45am (45 minutes)", "Adapted PE lesson following the physiotherapist’s "
          "written plan: seated ball skills to strengthen her shoulders and trunk, and walking-frame relays "
          "with her class.", "PE teacher, with Ava’s named teaching assistant"], "", "intervention"),
        (["Some afternoons", "10 minutes", "A rest break lying on the beanbag in the book corner, to manage "
          "fatigue.", "Class teacher"], "vague_word:Some@Day;no_frequency@Day", "strategy"),
        (["Every day (Monday to Friday)", "In all writing lessons", "Access to a writing slope and chunky "
          "pencils.", "Class teacher"], "vague_word:Access to", "equipment"),
    ]
    for values, dspec, typ in rows:
        s = pl.trow(t, "F", hdr, values, dspec, main=2, type=typ)
        if "up to 6 children" in s["text"]:
            pl.trap("F", "up to (group size)", s["text"], "up to 6 children")
        if "shoulders" in s["text"]:
            pl.trap("F", "shoulders", s["text"], "shoulders")
    pl.para("")

    h("G", "Section G: Health provision")
    hdr = ["Day", "Time", "Health provision", "Delivered by"]
    t = pl.table(hdr, shade_fill="C6E0B4")
    rows = [
        (["Every day (Monday to Friday)", "10.20am, 12.30pm and 2.30pm (15 minutes each time)", "Clean "
          "intermittent catheterisation in the accessible toilet, following Ava’s continence care plan from the "
          "Bladder and Bowel Service, with Ava doing the hand-washing and preparation steps herself.",
          "One of two named teaching assistants, trained and signed off as competent by the paediatric "
          "continence nurse"], "", "intervention"),
        (["Every day (Monday to Friday)", "Throughout the school day", "Watching for the signs of shunt blockage "
          "on Ava’s hydrocephalus alert card (headache, vomiting, unusual sleepiness) and, if any appear, "
          "calling 999 and then her parents.", "Class teacher and both named teaching assistants, trained by "
          "the school nurse each September"], "", "strategy"),
        (["Periodically", "1 hour", "Review of Ava’s continence care plan with her parents and school staff, and "
          "training for any new staff.", "Paediatric continence nurse"],
         "vague_word:Periodically@Day;no_frequency@Day", "review"),
    ]
    for values, dspec, typ in rows:
        pl.trow(t, "G", hdr, values, dspec, main=2, type=typ)
    pl.para("")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "H", "Section H: Social care provision",
             "No social care provision is needed for Ava.")
    ti = ("Hillcrest Primary School (mainstream community primary school), Year 3. The school has step-free "
          "access to every classroom and an accessible toilet with a changing bench.")
    pl.block(h, "I", "Section I: My school", ti)
    pl.trap("I", "step-free access", ti, "step-free access to")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "J", "Section J: Personal budget",
             "No personal budget has been requested.")
    pl.block(h, "K", "Section K: Advice and information", [
        "Educational psychologist, Wrenmoor Educational Psychology Service – 2 October 2026",
        "Community physiotherapist and occupational therapist, Wrenmoor Children’s Therapy Service – 28 September 2026",
        "Paediatric continence nurse, Bladder and Bowel Service – 25 September 2026",
        "Hillcrest Primary School (SENCo and class teacher) – 6 October 2026",
        "Ava and her parents – 20 October 2026",
        ADVICE_NOTE])
    pl.signature("Tom Fairweather", "SEND Case Officer", "16 November 2026", la)
    pl.finish(out)


def plan_round7_down_syndrome_heart(out):
    """Reception, Down syndrome and a repaired heart defect. Bold 13pt 'X: title' headings (no Heading style);
    provision tables (Area of need | Provision) whose Provision cell holds three paragraphs
    'What: …' / 'How often: …' / 'Who: …'; the statement text is the 'What:' paragraph."""
    la = "Kelderby Metropolitan Borough Council"
    ch = child("Isla", "Brennan", "she", "2022-01-22", 0, "St Bride’s CE Primary School", ["MLD", "SLCN", "PD"],
               "2026-10-23", None, phase="primary", year_group="Reception")
    layout = {"section_style": "bold-paragraph", "heading_format": "{L}: {title}",
              "outcome_layout": "area-paragraphs", "provision_layout": "table2-what-howoften-who",
              "provision_columns": ["Area of need", "Provision"],
              "provision_cell": "three paragraphs 'What:' / 'How often:' / 'Who:'; statement text = 'What:' line",
              "details_layout": "2col", "date_style": "long"}
    pl = Plan("round7-down-syndrome-heart", "typical", ch, la, layout, SPLIT, font="Trebuchet MS")
    front(pl, "Isla Brennan", "22 January 2022", "23 October 2026", "Not applicable – first EHC plan",
          "St Bride’s CE Primary School (Reception)", la, status="Final", next_review="By 22 October 2027")

    def h(sid, title, **kw):
        pl.head(sid, title, style=None, bold=True, size=13, **kw)

    def area(text):
        pl.para(text, bold=True, italic=True)

    pl.block(h, "A", "A: All about me", [
        "Isla signed “happy” when she was shown photos of the sand tray and the swings, and pointed to the "
        "picture of her big brother, Finn, when asked who she likes to play with.",
        "Her parents say Isla loves music, bubbles and being with other children. They want her to talk with "
        "her friends, to be dry in the day, and to go to school with the children from her nursery."])
    pl.block(h, "B", "B: My special educational needs", [
        "Isla has Down syndrome. She understands more than she can say: she follows routine instructions with "
        "a sign and says about 15 single words. Her speech is hard for new adults to understand.",
        "Cognition and learning: Isla is working at the 22–36 month band in most areas. She learns best from "
        "pictures and signs and needs extra time to process what is said to her.",
        "Physical and sensory: Isla has low muscle tone and tires quickly. She has glue ear, which may come and "
        "go, and she is not yet toilet trained.",
        "Social, emotional and mental health: Isla is affectionate and sociable but finds it hard to stay with "
        "a group activity for more than 3 or 4 minutes."])
    pl.block(h, "C", "C: My health needs",
             "Isla had surgery in 2022 to repair an atrioventricular septal defect. She is seen twice a year by "
             "the paediatric cardiology team at Northgate Children’s Hospital and has a cardiac care plan. She "
             "has glue ear and is under the paediatric audiology service.")
    pl.block(h, "D", "D: My social care needs",
             "Isla’s parents asked for a short-breaks assessment in 2026. It found that Isla needs 1:1 adult "
             "care to take part in play schemes, and that her parents need time to spend with Finn.")

    h("E", "E: Outcomes – what we want Isla to achieve")
    area("Communication and interaction")
    pl.item("E", "By the end of Year 1 (July 2028), Isla will use 50 Makaton signs or spoken words and put two "
            "of them together (“more juice”, “coat on”) at least 5 times a day, as recorded on her "
            "communication log.", need_text="Communication and interaction")
    pl.item("E", "By July 2027, Isla will develop her language skills so that she can communicate better.",
            "not_measurable", need_text="Communication and interaction")
    area("Independence and self-care")
    pl.item("E", "By the end of the spring term 2027, Isla will wash and dry her hands after using the toilet, "
            "following her 4-step picture sequence with no more than 1 adult prompt, on 8 out of 10 occasions.",
            need_text="Independence and self-care")
    pl.item("E", "By July 2027, Isla will be supported by her 1:1 teaching assistant during all carpet times.",
            "outcome_is_provision", need_text="Independence and self-care")
    area("Cognition and learning")
    pl.item("E", "By July 2027, Isla will count 5 objects accurately, touching each one once, and hand an adult "
            "3 or 4 items when asked, on 4 out of 5 occasions.", need_text="Cognition and learning")
    area("Physical and sensory")
    pl.item("E", "By the end of Year 1, Isla might be able to climb the steps to the slide on her own.",
            "vague_word:might", need_text="Physical and sensory")
    area("Social, emotional and mental health")
    pl.item("E", "By the end of Year 1 (July 2028), Isla will stay with her class for the whole of a 10-minute "
            "carpet session, joining in at least 2 songs or rhymes, in 4 out of 5 sessions.",
            need_text="Social, emotional and mental health")
    pl.item("E", "Isla will tell or sign to an adult that she is tired, on 4 out of 5 occasions when staff see "
            "signs of tiredness.", "not_time_bound", need_text="Social, emotional and mental health")

    hdr = ["Area of need", "Provision"]

    def prov(t, sid, area_text, lines, defs=(), typ=None):
        pl.row(t, [area_text, lines])
        cells = {"Area of need": area_text, "Provision": "\n".join(lines)}
        s = _r7_reg(pl, sid, lines[0], defs, cells=cells, main="Provision", type=typ)
        if not defs:   # the template's own label: "often" in "How often:" is not a vague frequency
            pl.trap(sid, "template label 'How often:'", lines[1], "How often")
        return s

    h("F", "F: Special educational provision")
    t = pl.table(hdr, shade_fill="FCE4D6")
    prov(t, "F", "Communication and interaction", [
        "What: Speech and language therapy targeting two-word phrases and Makaton signing, 1:1 in the "
        "classroom, with the therapist setting new targets for Isla’s teaching assistant at the end of each session.",
        "How often: Once a week, 30 minutes each session, in term time.",
        "Who: Speech and language therapist from the Kelderby Children’s Speech and Language Therapy Service."],
        typ="intervention")
    prov(t, "F", "Communication and interaction", [
        "What: Practice of the therapist’s current targets (10 signs and words each half-term) through shared "
        "book reading and play, 1:1.",
        "How often: Every school day, 15 minutes.",
        "Who: Isla’s teaching assistant, Makaton-trained (Level 2) and trained by the speech and language therapist."],
        typ="intervention")
    lines = ["What: Some small group work to develop Isla’s play skills.", "How often: Weekly.",
             "Who: Early years practitioner."]
    prov(t, "F", "Cognition and learning", lines,
         [("vague_word", "Some", None, "Provision"), ("no_duration", None, None, "Provision"),
          ("no_group_size", None, None, "Provision")], typ="intervention")
    lines = ["What: A 1:1 teaching assistant for the whole school day to model age-appropriate play, prompt her "
             "Makaton signs, escort her at playtimes and lunchtime, and carry out her toileting plan (taking her "
             "to the toilet at 9.30am, 11.30am, 1.15pm and 2.45pm).",
             "How often: Every school day, 8.45am to 3.15pm (32.5 hours per week).",
             "Who: A teaching assistant trained in Makaton (Level 2) and in Isla’s cardiac care plan by the "
             "cardiac liaison nurse."]
    prov(t, "F", "Independence and self-care", lines, typ="staffing")
    pl.trap("F", "age-appropriate", lines[0], "age-appropriate")
    prov(t, "F", "Cognition and learning", [
        "What: Numicon sessions to practise counting to 5 and matching numerals to amounts, in a group of 3 children.",
        "How often: 3 times a week, 15 minutes.", "Who: -"],
        [("no_deliverer", None, None, "Provision")], typ="intervention")
    lines = ["What: 10-minute rest breaks on the cushions in the quiet corner, to manage tiredness from her "
             "heart condition.", "How often: As and when Isla is tired.", "Who: Class teacher."]
    prov(t, "F", "Physical and sensory", lines,
         [("vague_word", "As and when", lines[1], "Provision"), ("no_frequency", None, None, "Provision")],
         typ="strategy")
    prov(t, "F", "Whole setting", [
        "What: A 2-hour training session for all Reception staff on how children with Down syndrome learn: "
        "visual supports, waiting 10 seconds for her reply, and Makaton signs for the daily routine.",
        "How often: Once, by 31 January 2027, and for any new Reception staff within 4 weeks of their start date.",
        "Who: Specialist teacher from the Kelderby Down Syndrome Outreach Team."], typ="training")
    pl.para("")

    h("G", "G: Health provision")
    t = pl.table(hdr, shade_fill="FCE4D6")
    prov(t, "G", "Physical and sensory", [
        "What: Following Isla’s written cardiac care plan: checking her lip colour and breathing after exercise, "
        "and phoning her parents if her lips look blue or she is still breathless 5 minutes after stopping.",
        "How often: During all playtimes and after each PE lesson.",
        "Who: Isla’s 1:1 teaching assistant and class teacher, trained by the cardiac liaison nurse from "
        "Northgate Children’s Hospital each September."], typ="strategy")
    lines = ["What: Hearing tests for glue ear at the audiology clinic.", "How often: Regularly.",
             "Who: Paediatric Audiology Service, Northgate Children’s Hospital."]
    prov(t, "G", "Physical and sensory", lines,
         [("vague_word", "Regularly", lines[1], "Provision"), ("no_frequency", None, None, "Provision")],
         typ="review")
    lines = ["What: Cardiology review of Isla’s repaired heart defect at Northgate Children’s Hospital.",
             "How often: Twice a year.", "Who: [Name of consultant]"]
    prov(t, "G", "Physical and sensory", lines,
         [("placeholder", "[Name of consultant]", lines[2], "Provision"), ("no_deliverer", None, None, "Provision")],
         typ="review")
    pl.para("")

    h("H1", "H1: Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)")
    t = pl.table(hdr, shade_fill="FCE4D6")
    prov(t, "H1", "Short breaks", [
        "What: A Saturday session at the Little Acorns inclusive play scheme, 1:1 with a support worker, so that "
        "her parents can spend time with her older brother.",
        "How often: Every other Saturday, from 10am to 1pm (26 sessions a year).",
        "Who: Support worker from the Little Acorns Play Service, trained in Isla’s cardiac care plan."],
        typ="staffing")
    pl.para("")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "H2", "H2: Other social care provision",
             "No other social care provision has been identified for Isla.")
    pl.block(h, "I", "I: Placement",
             "St Bride’s CE Primary School (mainstream voluntary aided primary school), Reception class.")
    pl.block(h, "J", "J: Personal budget",
             "A personal budget of £1,560 a year pays for the Little Acorns sessions in H1, as a direct payment "
             "to Isla’s parents.")
    pl.block(h, "K", "K: Advice and information", [
        "Educational psychologist, Kelderby Educational Psychology Service – 18 September 2026",
        "Speech and language therapist – 11 September 2026",
        "Consultant paediatric cardiologist, Northgate Children’s Hospital – 2 September 2026",
        "Short-breaks assessment, Kelderby Children’s Social Care – 30 August 2026",
        "St Bride’s CE Primary School – 25 September 2026",
        "Isla’s parents – 14 September 2026",
        ADVICE_NOTE])
    pl.signature("Megan Holloway", "EHC Plan Writer", "23 October 2026", la)
    pl.finish(out)


def plan_round7_dyscalculia_exclusions(out):
    """Year 8, dyscalculia and ADHD, often suspended. Heading 1 'The Plan' with Heading 3 sections 'X. title';
    outcomes in Word List Number with 'Steps:' and List Bullet 2 sub-bullets; F, G and H2 as tables
    (What we will do | When and for how long | Who will do it [| Group size])."""
    la = "Redmoor City Council"
    ch = child("Jayden", "Mensah", "he", "2014-06-09", 8, "Redmoor Academy", ["SpLD", "SEMH"],
               "2026-11-05", "2026-10-14")
    layout = {"section_style": "heading3-under-heading1", "heading_format": "{L}. {title}",
              "outcome_layout": "numbered-auto", "outcome_numbering": "List Number style (no numPr)",
              "outcome_steps": "'Steps:' paragraph + List Bullet 2",
              "provision_layout": "table4", "provision_columns": ["What we will do", "When and for how long",
                                                                   "Who will do it", "Group size"],
              "details_layout": "paragraphs", "date_style": "numeric"}
    pl = Plan("round7-dyscalculia-exclusions", "typical", ch, la, layout, SPLIT, font="Arial")
    pl.para(la, bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.para("FINAL", bold=True)
    pl.para("Jayden’s details", style="Heading 1")
    pl.paras(["Name: Jayden Mensah", "Date of birth: 09/06/2014", "School: Redmoor Academy (Year 8)",
              "Parent: Abena Mensah (mother)", "Date of this plan: 05/11/2026",
              "Date of last annual review: 14/10/2026", "Next annual review due by: 13/10/2027"])
    pl.para("The Plan", style="Heading 1")

    def h(sid, title, **kw):
        pl.head(sid, title, style="Heading 3", **kw)

    pl.block(h, "A", "A. Views, interests and aspirations", [
        "Jayden says: “Maths is the worst. The numbers just move about. I’m not thick, I just can’t do it.”",
        "He told the educational psychologist that he gets sent out “for stuff everyone does” and that he "
        "likes football, fixing bikes and his PE teacher. He wants to be a mechanic.",
        "Jayden’s mother wants him to stay in school all day, every day, and to stop being sent home."])
    pl.block(h, "B", "B. Special educational needs", [
        "Jayden has dyscalculia (diagnosed by a specialist teacher, June 2026) and ADHD (combined type). His "
        "maths is at about a Year 3 level: he counts on his fingers, cannot yet tell the time on an analogue "
        "clock and does not know how much change to expect.",
        "When a task looks too hard he may shout, throw equipment or walk out. He was suspended 6 times in "
        "Year 7 (14 days in all) and twice so far in Year 8.",
        "Jayden forgets equipment and homework most days and finds it hard to sit still for more than 10 minutes."])
    pl.block(h, "C", "C. Health needs",
             "Jayden takes methylphenidate for ADHD, prescribed by the CAMHS ADHD clinic: a long-acting dose at "
             "home and a short-acting dose at lunchtime in school.")
    pl.block(h, "D", "D. Social care needs",
             "The family is supported by the Redmoor Early Help Team. Mornings at home are difficult, and Jayden "
             "often arrives late and without breakfast.")

    h("E", "E. Outcomes")
    outs = [
        ("By the end of Year 9 (July 2028), Jayden will solve 2-step money problems using a number line and a "
         "calculator, getting 8 out of 10 correct on his Dynamo Maths check.", "",
         ["By February 2027: add and subtract amounts of money to £10 with coins and a number line.",
          "By July 2027: work out the change from £20 in 4 out of 5 shop role-plays."]),
        ("By July 2027, Jayden will improve his confidence in maths.", "not_measurable",
         ["Jayden will feel better about maths lessons."]),
        ("By the end of the spring term 2027, Jayden will show his exit card and go straight to the Base instead "
         "of walking out of class, on at least 4 out of 5 occasions when he leaves a lesson, as recorded on his "
         "behaviour log.", "",
         ["By December 2026: name 3 warning signs that he is getting angry.",
          "By February 2027: use the exit card at least once with his form tutor watching."]),
        ("Jayden will be able to manage his behaviour better in lessons.", "not_measurable;not_time_bound",
         ["Fewer behaviour points."]),
        ("By July 2027, Jayden will attend school on at least 95% of days in the summer term with no "
         "suspensions.", "", ["By December 2026: arrive at the Base by 8.35am on 4 out of 5 days."]),
        ("By the end of Year 9, Jayden will attend a weekly mentoring session with the learning mentor.",
         "outcome_is_provision", ["Jayden will go to mentoring every Tuesday."]),
        ("By the end of Year 8 (July 2027), Jayden will pack his bag for the next day from his timetable "
         "checklist, bringing his PE kit, calculator and planner on 9 out of 10 school days.", "",
         ["By February 2027: pack his bag with the learning mentor checking it."]),
        ("Jayden will tell the time to 5 minutes on an analogue clock and work out how long is left until the "
         "end of a lesson, in 4 out of 5 checks.", "not_time_bound",
         ["Read o’clock and half past on the classroom clock."]),
    ]
    for text, dspec, steps in outs:
        pl.item("E", text, dspec, style="List Number", steps=steps)
        pl.para("Steps:", italic=True)
        pl.paras(steps, style="List Bullet 2")

    h("F", "F. Special educational provision")
    hdr = ["What we will do", "When and for how long", "Who will do it", "Group size"]
    t = pl.table(hdr, shade_fill="DDEBF7")
    rows = [
        (["Dynamo Maths dyscalculia programme (place value, number bonds to 20 and money), following a plan "
          "written by the specialist teacher for SpLD", "3 x 30-minute sessions per week (Monday, Wednesday and "
          "Friday, in tutor time)", "HLTA trained in Dynamo Maths by the specialist teacher", "1:1"],
         "", "intervention"),
        (["Support with maths in class", "Daily", "Teaching assistant", "-"],
         "vague_word:Support with;no_duration@When and for how long", "staffing"),
        (["Movement break: Jayden takes a 5-minute errand to the Base and back, signalled by the teacher at the "
          "halfway point of the lesson", "In every lesson, 5 minutes", "Subject teacher gives the signal; "
          "Jayden goes on his own", "Individual"], "", "strategy"),
        (["Use of an exit card as appropriate", "-", "Subject teachers", "Individual"],
         "vague_word:as appropriate;no_frequency@When and for how long", "strategy"),
        (["Morning check-in at the Base: looking through the day’s timetable, packing his bag against his "
          "checklist and agreeing one target, then a review of the target at the end of the day",
          "Every morning, 8.35–8.45am (10 minutes), and every afternoon, 3.05–3.15pm (10 minutes)",
          "Learning mentor (Mr Adeyemi)", "1:1"], "", "intervention"),
        (["Zones of Regulation group to rehearse what to do when he feels angry",
          "Weekly, 50 minutes (period 5 on Thursdays)", "ELSA-trained learning mentor", "Small group"],
         "no_group_size@Group size", "intervention"),
        (["Reintegration meeting on the morning Jayden returns from any suspension, with Jayden, his mother, his "
          "head of year and the SENCo, followed by up to 3 hours of catch-up teaching in the subjects he missed",
          "A 30-minute meeting within 1 school day of his return; catch-up within 2 weeks",
          "Head of Year and SENCo; catch-up by subject teachers", "1:1"], "vague_word:up to", "intervention"),
        (["Exam access arrangements: 25% extra time, a reader and a calculator in all tests and exams, with a "
          "5-minute rest break each hour", "In all tests and exams", "Exams officer; reader trained by the SENCo",
          "Separate room with no more than 4 pupils"], "", "strategy"),
    ]
    for values, dspec, typ in rows:
        s = pl.trow(t, "F", hdr, values, dspec, main=0, type=typ)
        if s["text"].startswith("Exam access"):
            pl.trap("F", "exam access arrangements", s["text"], "access arrangements")
            pl.trap("F", "group-size ceiling", values[3], "no more than 4 pupils")
    pl.para("")

    h("G", "G. Health provision")
    hdr = ["What we will do", "When and for how long", "Who will do it"]
    t = pl.table(hdr, shade_fill="DDEBF7")
    pl.trow(t, "G", hdr, ["Giving Jayden his lunchtime dose of methylphenidate, as prescribed by the CAMHS ADHD "
                          "clinic, and recording it in the medication log", "Every school day at 12.30pm (5 minutes)",
                          "School office manager trained by the school nurse in giving medicines"], type="intervention")
    pl.trow(t, "G", hdr, ["ADHD medication review, including height, weight and blood pressure checks",
                          "Periodically", "CAMHS ADHD clinic"],
            "vague_word:Periodically@When and for how long;no_frequency@When and for how long", type="review")
    pl.para("")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "H1",
             "H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
             "Jayden has no needs for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    h("H2", "H2. Other social care provision")
    t = pl.table(hdr, shade_fill="DDEBF7")
    pl.trow(t, "H2", hdr, ["Home visits from the Early Help family support worker to work with Jayden and his "
                           "mother on the morning routine and a reward chart", "Fortnightly",
                           "Family support worker, Redmoor Early Help Team"],
            "no_duration@When and for how long", type="intervention")
    pl.para("")
    pl.block(h, "I", "I. School or other institution", "Redmoor Academy (mainstream 11–18 academy), Year 8.")
    pl.block(lambda sid, title: h(sid, title, status="no_needs"), "J", "J. Personal budget",
             "No personal budget has been requested.")
    pl.block(h, "K", "K. Advice and information", [
        "Educational psychologist, Redmoor Educational Psychology Service – 22/09/2026",
        "Specialist teacher (SpLD) dyscalculia assessment – 17/06/2026",
        "CAMHS ADHD clinic – 09/09/2026",
        "Redmoor Early Help Team – 30/09/2026",
        "Redmoor Academy SENCo – 01/10/2026",
        "Jayden and his mother – 14/10/2026",
        ADVICE_NOTE])
    pl.signature("Daniel Okoro", "SEND Officer", "05/11/2026", la)
    pl.finish(out)


# Plans no rule has been tuned on (tests/data/blind): for measuring only.
# Measured once blind (its first measure is in tests/data/plans/README.md), then it showed
# that a baseline date was taken for an outcome's deadline: a test plan now.
ROUND6_PLANS = [plan_round6_sixth_form_dyspraxia]
# Plans no rule has been tuned on (tests/data/blind): for measuring only.
# Measured once blind (segmentation 169/170, recall 37/37, false alarms 7/39), then used to
# correct the rules: test plans now.
ROUND7_PLANS = [plan_round7_pda_college, plan_round7_spina_bifida, plan_round7_down_syndrome_heart, plan_round7_dyscalculia_exclusions]
# Plans no rule has been tuned on (tests/data/blind): for measuring only.
# ---------------------------------------------------------------- round 8 blind plans
# Written blind: no rule file, source file, test plan or existing plan function was read.


def _r8_hc_table(pl, sid, title, status="present", rows=()):
    """Plan round8-fasd: a 'Heading | Content' table whose first body row is [letter | title]."""
    t = pl.table(["Heading", "Content"], shade_fill="E2EFD9")
    pl.row(t, [sid, title], bold=True, shade_fill="FCE4D6")
    pl.section(sid, sid, status=status, subtitle=title)
    for label, text in rows:
        pl.row(t, [label, text])
    return t


def plan_round8_fasd_heading_content(out):
    la = "Coldwater Vale Council"
    pl = Plan("round8-fasd-heading-content", "typical",
              child("Tyler", "Brennan", "he", "2016-02-04", 5, "Hollins Lane Primary School",
                    ["FASD", "SEMH", "SLCN"], "2026-11-12", "2025-11-20"),
              la, {"section_style": "one two-column table per section (Heading | Content)",
                   "heading_format": "{L} alone in the left cell, title in the right cell",
                   "outcome_layout": "table rows (area | outcome)",
                   "provision_layout": "table rows (area | provision prose)",
                   "details_layout": "2col", "date_style": "long"}, SPLIT, font="Calibri")
    hc = ["Heading", "Content"]
    front(pl, "Tyler Brennan", "4 February 2016", "12 November 2026", "20 November 2025",
          "Hollins Lane Primary School", la, next_review="19 November 2027")

    _r8_hc_table(pl, "A", "Tyler's views, interests and aspirations", rows=[
        ("What Tyler told us", "Tyler told his teaching assistant: \"I like Lego, drawing dragons and helping "
         "Dad wash the car. I don't like it when it's loud and everyone talks at once. When I grow up I want "
         "to build robots.\""),
        ("What Tyler's parents told us", "Tyler's parents adopted him when he was two. They describe him as "
         "funny, kind and very loving, and say he is worn out and easily overwhelmed by the end of the school "
         "day. They want him to be safe with friends, to read for pleasure and to move on to secondary school "
         "feeling ready."),
        ("How to communicate with Tyler", "Use short, concrete sentences and one instruction at a time, and "
         "show him what you mean with pictures or by doing it first. Check he has understood by asking him to "
         "show you, not by asking 'Do you understand?'.")])
    pl.para("")
    b_note = ("Section B should be read alongside the educational psychology advice listed in K, which "
              "gives Tyler's full assessment results.")
    _r8_hc_table(pl, "B", "Tyler's special educational needs", rows=[
        ("Summary", "Tyler has foetal alcohol spectrum disorder (FASD), diagnosed by the Coldwater Vale Child "
         "Development Centre in 2022. " + b_note),
        ("Cognition and learning", "Tyler's working memory is at the 2nd percentile (educational "
         "psychologist, September 2026). He can hold one instruction at a time and forgets new learning from "
         "one day to the next unless it is repeated. He reads at book band 8 (purple), about Year 2 level, and "
         "is working at Year 2 expectations in maths: he can add within 20 with objects but cannot yet "
         "subtract without them."),
        ("Communication and interaction", "Tyler talks fluently and his vocabulary sounds typical for his "
         "age, which hides how little of what he hears he understands. Words such as 'later', 'fair' and "
         "'maybe' confuse him, and he takes idioms literally."),
        ("Social, emotional and mental health", "Tyler acts on impulse: he may grab, run or shout before he "
         "can stop himself, and afterwards he cannot say why. He wants friends but is easily led by older "
         "children. He becomes dysregulated in noisy, busy places such as the hall and the playground."),
        ("Sensory and physical", "Tyler seeks movement and deep pressure and is over-sensitive to noise and "
         "to the feel of some clothes. His fine motor skills are at the 9th percentile and writing tires him "
         "quickly."),
        ("Independence", "Tyler cannot yet organise his belongings or follow the morning routine without an "
         "adult prompting each step.")])
    pl.trap("B", "heading-like body text", "Tyler has foetal alcohol spectrum disorder (FASD), diagnosed by "
            "the Coldwater Vale Child Development Centre in 2022. " + b_note, "Section B should be read")
    pl.para("")
    _r8_hc_table(pl, "C", "Tyler's health needs", rows=[
        ("Health", "Tyler is under the community paediatrician at the Child Development Centre. He finds it "
         "hard to get to sleep and takes melatonin at home each evening. He is small for his age (weight on "
         "the 4th centile) and has a small appetite. His hearing and vision were tested in 2025 and are "
         "within normal limits.")])
    pl.para("")
    _r8_hc_table(pl, "D", "Tyler's social care needs", rows=[
        ("Social care", "Tyler is not known to children's social care. His parents receive adoption support "
         "from the Three Rivers Regional Adoption Agency and have asked for help with therapeutic parenting.")])
    pl.para("")

    t = _r8_hc_table(pl, "E", "Outcomes: what Tyler will achieve", rows=[
        ("Shorter-term targets", "Tyler's class teacher and the SENCo will set termly targets towards these "
         "outcomes in his SEN support plan and share them with his parents.")])
    for area, text, dspec in [
        ("Cognition and learning", "By the end of Year 5 (July 2027), Tyler will read aloud an unseen book "
         "band 10 (white) text with at least 95% accuracy in 3 out of 4 weekly reading checks.", ""),
        ("Cognition and learning", "By the end of the spring term 2027, Tyler will add and subtract two-digit "
         "numbers using a 100 square, getting at least 8 out of 10 correct in three consecutive weekly "
         "checks.", ""),
        ("Cognition and learning", "Tyler will get better at organising himself and remembering his "
         "routines.", "not_measurable;not_time_bound"),
        ("Social, emotional and mental health", "By July 2027, when Tyler notices his body 'going too fast', "
         "he will show his red card to an adult and walk to the agreed calm space, on at least 4 out of 5 "
         "occasions recorded in his weekly regulation log.", ""),
        ("Social, emotional and mental health", "Tyler will attend a lunchtime social skills group with his "
         "peers.", "outcome_is_provision;not_time_bound"),
        ("Social, emotional and mental health", "By the end of Year 6, Tyler will understand the difference "
         "between a friend and a stranger.", "not_measurable"),
        ("Independence", "By the end of the summer term 2027, Tyler will pack his school bag from his picture "
         "checklist independently on 4 out of 5 school days.", ""),
        ("Independence", "By Easter 2027, Tyler will regularly use his visual timetable to move between "
         "activities.", "vague_word:regularly;not_measurable")]:
        pl.trow(t, "E", hc, [area, text], dspec, main=1, area=area)
    pl.para("")

    t = _r8_hc_table(pl, "F", "Special educational provision")
    shoulders = ("A teaching assistant trained by the occupational therapist will take Tyler through his "
                 "sensory circuit 1:1 for 15 minutes at 8.50am every school day, including wall presses with "
                 "his shoulders down and carrying the register box to the office.")
    for area, text, dspec in [
        ("Cognition and learning", "A teaching assistant trained by the specialist teacher for cognition and "
         "learning will deliver a precision teaching programme for high-frequency words to Tyler 1:1 for 10 "
         "minutes every school day, working on targets the specialist teacher sets each half term.", ""),
        ("Cognition and learning", "Tyler's class teacher will pre-teach the key vocabulary and number facts "
         "for each new maths unit to Tyler and no more than 3 other pupils, for 15 minutes twice a week "
         "(Monday and Wednesday mornings).", ""),
        ("Sensory and physical", "Tyler will have regular movement breaks throughout the day.",
         "vague_word:regular;no_frequency;no_duration;no_deliverer"),
        ("Social, emotional and mental health", "An ELSA-trained teaching assistant will deliver a 30-minute "
         "individual emotional literacy session to Tyler once a week in the nurture room, using the Zones of "
         "Regulation to teach him to name his feelings and choose a calming strategy.", ""),
        ("Social, emotional and mental health", "Support with social skills will be provided at lunchtimes.",
         "vague_word:Support with;no_deliverer"),
        ("Sensory and physical", "By 31 January 2027, an occupational therapist from the Coldwater Vale "
         "Children's Therapy Service will write a sensory diet for Tyler and train his class teacher and "
         "teaching assistant to use it in a single 60-minute session.", ""),
        ("Sensory and physical", shoulders, ""),
        ("Social, emotional and mental health", "Tyler will receive a daily check-in with a trusted adult.",
         "no_duration;no_deliverer")]:
        pl.trow(t, "F", hc, [area, text], dspec, main=1, area=area)
    pl.trap("F", "shoulders", shoulders, "shoulders")
    pl.para("")

    t = _r8_hc_table(pl, "G", "Health provision")
    pl.trow(t, "G", hc, ["Health", "The community paediatrician at the Coldwater Vale Child Development "
                         "Centre will review Tyler's sleep, growth and melatonin dose in a 30-minute clinic "
                         "appointment twice a year (March and September)."], main=1)
    pl.trow(t, "G", hc, ["Health", "Tyler should be seen by CAMHS if his anxiety increases."],
            "vague_word:should;no_frequency;no_duration", main=1)
    pl.para("")
    _r8_hc_table(pl, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
                 "Persons Act 1970", status="no_needs", rows=[
                     ("", "Tyler has no needs that call for provision under section 2 of the Chronically "
                      "Sick and Disabled Persons Act 1970.")])
    pl.para("")
    t = _r8_hc_table(pl, "H2", "Other social care provision")
    pl.trow(t, "H2", hc, ["Adoption support", "Tyler's parents will be offered therapeutic parenting support "
                          "from the adoption support team."], "no_frequency;no_duration", main=1)
    pl.para("")
    _r8_hc_table(pl, "I", "Placement", rows=[
        ("Name of school", "Hollins Lane Primary School, Coldwater"),
        ("Type of school", "Mainstream community primary school")])
    pl.para("")
    _r8_hc_table(pl, "J", "Personal budget", status="no_needs", rows=[
        ("", "No personal budget has been requested.")])
    pl.para("")
    ep = "Educational psychology advice from Dr Ana Pereira, dated [insert date]"
    _r8_hc_table(pl, "K", "Advice and information", rows=[
        ("Parents", "Views of Mr and Mrs Brennan, 2 October 2026"),
        ("Education", "Advice from Hollins Lane Primary School, 29 September 2026"),
        ("Educational psychology", ep),
        ("Health", "Advice from the community paediatrician, 7 October 2026"),
        ("Social care", "Advice from the Three Rivers Regional Adoption Agency, 5 October 2026"),
        ("", ADVICE_NOTE)])
    pl.defect("K", "placeholder", ep, match="[insert date]")
    pl.para("")
    pl.signature("Rachel Okoro", "SEND Casework Officer", "12 November 2026", la)
    pl.finish(out)


def plan_round8_college_epilepsy_deliverer_first(out):
    la = "Eastmere Borough Council"
    pl = Plan("round8-college-epilepsy-deliverer-first", "typical",
              child("Oliver", "Wainwright", "he", "2008-03-03", 14, "Brackenridge Specialist College",
                    ["LD", "epilepsy"], "2026-11-19", "2026-06-24"),
              la, {"section_style": "Heading 2", "heading_format": "{L}<tab>{TITLE}",
                   "outcome_layout": "List Bullet under bold PfA subheadings",
                   "provision_layout": "List Bullet sentences that begin with the deliverer",
                   "details_layout": "2col", "date_style": "long"}, SPLIT, font="Arial")
    pl.para(la + " – Special Educational Needs and Disabilities Service", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    pl.details([("Young person's name", "Oliver Wainwright"), ("Date of birth", "3 March 2008"),
                ("Date of this plan", "19 November 2026"), ("Date of last annual review", "24 June 2026"),
                ("Date of next annual review", "23 June 2027"),
                ("College", "Brackenridge Specialist College"), ("Status", "Final")])

    def h(sid, title, **kw):
        pl.head(sid, sid + "\t" + title, style="Heading 2", **kw)

    h("A", "Oliver's views, interests and aspirations")
    pl.paras([
        "Oliver's words, recorded by his tutor using symbols on 2 October 2026: \"I like my college because "
        "my friends are there. I want a job in a café. I want to go swimming on my own. I don't like it when "
        "people rush me.\"",
        "Oliver's mother says he is gentle, funny and hard-working. She wants him to have a job, to travel on "
        "his own and to be safe when he has a seizure away from home."])
    h("B", "Oliver's special educational needs")
    pl.paras([
        "Oliver has a moderate learning disability. His reading is at Entry Level 1: he reads about 40 "
        "familiar words and his name and address. He can count to 50 and recognise coins, but he cannot yet "
        "work out change.",
        "He understands short sentences about the here and now, and loses track when more than two pieces of "
        "information are given together. He talks in three- to four-word phrases and supports his speech "
        "with Makaton signs.",
        "Oliver travels to college by taxi and has never used a bus alone. He can make toast and a hot drink "
        "with prompts, but cannot yet follow a recipe."])
    h("C", "Oliver's health needs")
    pl.paras([
        "Oliver has epilepsy. He has focal seizures most weeks and a tonic-clonic seizure about once a month. "
        "His emergency care plan says buccal midazolam must be given if a tonic-clonic seizure lasts more "
        "than 5 minutes. Seizures are more likely when he is tired or has missed a dose of his medication.",
        "He is under the consultant neurologist at Eastmere General Hospital."])
    h("D", "Oliver's social care needs")
    pl.para("Oliver lives with his mother and his younger sister. A Care Act assessment by Eastmere Adult "
            "Social Care (August 2026) found that he has eligible needs for help to take part in leisure "
            "activities and to stay safe in the community.")

    h("E", "Outcomes: what Oliver is working towards")
    pl.para("Oliver's tutor will set termly targets towards these outcomes in his college individual "
            "learning plan.", italic=True)
    for sub, items in [
        ("Employment", [
            ("By July 2027, Oliver will complete his two-hour café work-experience shift, taking orders and "
             "making hot drinks with no more than one prompt an hour from his job coach, on 8 consecutive "
             "Thursdays.", "")]),
        ("Independent living", [
            ("By the end of his second year at college (July 2028), Oliver will travel by bus between home and "
             "college independently on 4 out of 5 college days, following his picture travel plan.", ""),
            ("Oliver will be given 1:1 support to prepare a simple meal.",
             "outcome_is_provision;not_time_bound"),
            ("By December 2027, Oliver will pay for items costing under £5 in a shop with a £5 note and check "
             "his change against his coin card, correctly on 4 out of 5 trips.", ""),
            ("Oliver will develop his independence skills.", "not_measurable;not_time_bound")]),
        ("Friends, relationships and community", [
            ("By the end of the course, Oliver will be more confident in the community.", "not_measurable")]),
        ("Good health", [
            ("By March 2027, Oliver will tell the nearest member of staff, in words or by showing his 'funny "
             "feeling' symbol card, when he notices the warning signs of a seizure, on every occasion "
             "recorded in his seizure diary over 6 weeks.", ""),
            ("By XXX, Oliver will phone his GP surgery to book his own medication review, with one prompt "
             "from his mother.", "placeholder:XXX;not_time_bound")])]:
        pl.para(sub, bold=True)
        for text, dspec in items:
            pl.item("E", text, dspec, style="List Bullet", area=sub)

    h("F", "Special educational provision")
    pl.para("Each item names who will do it, then what they will do, how often and for how long.",
            italic=True)
    for sub, items in [
        ("Employment and learning", [
            ("The tutor, a qualified teacher with experience of teaching young people with learning "
             "disabilities, will teach Oliver functional maths (money, time and measures) in a class of 6 "
             "students, for 60 minutes three times a week.", ""),
            ("The job coach will work 1:1 with Oliver on his café work-experience shift every Thursday from "
             "10am to 12pm, recording the prompts he needs on the shift log.", ""),
            ("The personal tutor will meet with Oliver periodically to review his progress.",
             "vague_word:periodically;no_frequency;no_duration")]),
        ("Independent living", [
            ("The college will provide travel training as appropriate.",
             "vague_word:as appropriate;no_frequency;no_duration;no_deliverer"),
            ("The independent travel trainer from the Eastmere Travel Training Team will travel with Oliver "
             "1:1 on his bus journeys to and from college every weekday for the spring term 2027 (35 minutes "
             "each way), standing further back each week as his travel plan sets out.", ""),
            ("The tutor will run a cooking skills group for Oliver in the training kitchen for 90 minutes "
             "every Wednesday afternoon.", "no_group_size")])]:
        pl.para(sub, bold=True)
        for text, dspec in items:
            pl.item("F", text, dspec, style="List Bullet", area=sub)

    h("G", "Health provision")
    g1 = ("The epilepsy specialist nurse from the Eastmere Adult Epilepsy Service will train every member of "
          "college staff who works with Oliver to give buccal midazolam under his emergency care plan, in a "
          "2-hour session by 11 December 2026 and a 1-hour refresher annually, keeping the college's training "
          "log up to date.")
    pl.item("G", g1, style="List Bullet")
    pl.trap("G", "up to date", g1, "up to date")
    pl.item("G", "Oliver should have a bed sensor to alert his mother to night-time seizures.",
            "vague_word:should;no_frequency;no_deliverer", style="List Bullet")
    h("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
      status="not_applicable")
    pl.para("Not applicable.")
    pl.para("Oliver is 18, so his social care is arranged under the Care Act 2014 and set out in H2.")
    pl.trap("H1", "not applicable in H1 (allowed)", "Not applicable.", "Not applicable")
    h("H2", "Other social care provision (Care Act 2014)")
    pl.item("H2", "A personal assistant, paid through Oliver's direct payment and trained by the epilepsy "
            "specialist nurse to give buccal midazolam, will go with Oliver to the swimming club at Eastmere "
            "Leisure Centre every Saturday from 10am to 1pm.", style="List Bullet")
    pl.item("H2", "Oliver will have short breaks during the college holidays.",
            "no_frequency;no_duration;no_deliverer", style="List Bullet")
    h("I", "Placement")
    pl.para("Brackenridge Specialist College, an independent specialist post-16 institution: a day placement, "
            "5 days a week in term time, until July 2028.")
    h("J", "Personal budget")
    pl.para("Oliver receives a direct payment from Eastmere Adult Social Care for 3 hours a week to employ "
            "his personal assistant (see H2). No personal budget has been requested for the provision in F "
            "or G.")
    h("K", "Advice and information")
    pl.paras(["Oliver's views and his mother's views, 2 October 2026",
              "Educational advice from Brackenridge Specialist College, 30 September 2026",
              "Medical advice from the consultant neurologist, 8 October 2026",
              "Care Act assessment, Eastmere Adult Social Care, 14 August 2026", ADVICE_NOTE], style="List Bullet")
    pl.signature("Marcus Feeney", "EHC Plan Coordinator", "19 November 2026", la)
    pl.finish(out)


def plan_round8_vi_dyspraxia_need_threads(out):
    la = "Wyrebeck County Council"
    pl = Plan("round8-vi-dyspraxia-need-threads", "typical",
              child("Ruby", "Halloran", "she", "2011-10-18", 10, "Thornbury Vale Academy",
                    ["VI", "DCD"], "2026-11-05", "2025-11-13"),
              la, {"section_style": "Heading 1 + Heading 3 areas",
                   "heading_format": "Section {L} – {TITLE}; B, E and F under one combined heading",
                   "outcome_layout": "typed 'Outcome n.m<tab>' paragraphs threaded under 'Need n<tab>'",
                   "provision_layout": "typed 'Provision n.mx<tab>' paragraphs under each outcome",
                   "details_layout": "2col", "date_style": "long"}, SPLIT, font="Verdana")
    front(pl, "Ruby Halloran", "18 October 2011", "5 November 2026", "13 November 2025",
          "Thornbury Vale Academy", la, next_review="dd/mm/yyyy")
    pl.defect("details", "placeholder", "dd/mm/yyyy", match="dd/mm/yyyy")

    def h(sid, title, **kw):
        pl.head(sid, "Section %s – %s" % (sid, title), **kw)

    h("A", "About Ruby")
    pl.paras([
        "Ruby wrote: \"I want to do A levels in art and psychology and then go to university. I hate being "
        "the only one with a different worksheet. Please don't move my seat without telling me.\"",
        "Ruby's father says she is determined and artistic, and that she is exhausted after school because "
        "she works so hard to see and to keep up. He wants her to leave school able to travel and study "
        "on her own."])
    pl.head(["B", "E", "F"], "Sections B, E and F – Ruby's needs, outcomes and provision")
    pl.para("Each need below is followed by the outcomes for it and the provision that will help Ruby to "
            "achieve them. Ruby's form tutor and the SENCo will set half-termly targets towards these "
            "outcomes in her SEN support plan.", italic=True)

    threads = [
        ("Sensory and physical – vision",
         "Need 1\tRuby cannot read standard 12-point print or see the board from any seat. She reads 24-point "
         "print or enlarged text on her laptop, tires after about 20 minutes of close reading, and her "
         "nystagmus gets worse when she is anxious.",
         [("Outcome 1.1\tBy the end of the spring term 2027, Ruby will set up the zoom and high-contrast "
           "settings on her laptop without adult help at the start of 9 out of 10 observed lessons.", ""),
          ("Outcome 1.2\tRuby will be able to see the board better.", "not_measurable;not_time_bound")],
         [("Provision 1.1a\tA qualified teacher of children with vision impairment (QTVI) from the Wyrebeck "
           "Sensory Support Service will teach Ruby the magnification and screen-reader shortcuts on her "
           "laptop, 1:1, for 45 minutes once a fortnight, and set her a practice task after each lesson.", ""),
          ("Provision 1.1b\tRuby's subject teachers will give her every worksheet, slide and handout in all "
           "lessons as an electronic copy on her laptop, or enlarged to A3 in Arial 24 point bold when a "
           "paper copy is used.", ""),
          ("Provision 1.2a\tRuby will have access to a CCTV magnifier in some lessons.",
           "vague_word:access to;vague_word:some")]),
        ("Sensory and physical – coordination and handwriting",
         "Need 2\tRuby's dyspraxia (developmental coordination disorder) affects her handwriting: she writes "
         "9 words a minute, her writing cannot be read after 10 minutes, and her hand aches. She has not yet "
         "learned to touch-type.",
         [("Outcome 2.1\tBy May 2027, Ruby will touch-type at 30 words per minute with at least 90% accuracy "
           "on a 5-minute typing test.", ""),
          ("Outcome 2.2\tRuby's handwriting will improve.", "not_measurable;not_time_bound")],
         [("Provision 2.1a\tA teaching assistant trained by the occupational therapist will deliver Ruby's "
           "touch-typing programme, set by the occupational therapist, 1:1 for 20 minutes three times a week "
           "during morning registration.", ""),
          ("Provision 2.1b\tThe occupational therapist from the Wyrebeck Children's Therapy Service will see "
           "Ruby once a term.", "no_duration"),
          ("Provision 2.1c\tBy 31 January 2027, the SENCo will apply to the exam boards for Ruby's access "
           "arrangements for her GCSE mocks and final exams: 25% extra time, a word processor, a modified "
           "enlarged paper (A3, 18 point bold) and a separate room.", "")]),
        ("Independence and mobility",
         "Need 3\tRuby cannot see kerbs, steps or signs clearly. She got lost on the school's new site twice "
         "in September 2026, bumps into people in crowded corridors and has fallen on the stairs.",
         [("Outcome 3.1\tBy the end of the autumn term 2027, Ruby will walk independently between her lessons "
           "in all 5 school buildings, using her symbol cane and her colour-coded route map, on every school "
           "day of a 2-week check by her habilitation specialist.", ""),
          ("Outcome 3.2\tRuby will feel safer moving around school.", "not_measurable;not_time_bound")],
         [("Provision 3.1a\tA habilitation specialist from the Wyrebeck Sensory Support Service will teach "
           "Ruby her routes around the school site and to the town bus station, 1:1, for 60 minutes once a "
           "week until the end of the spring term 2027.", ""),
          ("Provision 3.1b\tRuby will leave lessons early to avoid the crowded corridors.",
           "no_duration;no_deliverer")]),
        ("Cognition and learning – organisation",
         "Need 4\tRuby loses track of homework deadlines and equipment, and she has not yet planned revision "
         "for her GCSE mocks.",
         [("Outcome 4.1\tRuby will receive daily help to organise her equipment.",
           "outcome_is_provision;not_time_bound")],
         [("Provision 4.1a\tThe learning mentor will run a study-skills and revision-planning group for Ruby "
           "for 30 minutes every Tuesday lunchtime.", "no_group_size")]),
        ("Preparing for adulthood",
         "Need 5\tRuby wants to study A levels at college but has not yet visited a college or spoken to "
         "anyone about help with her vision after she leaves school.",
         [("Outcome 5.1\tBy February 2028, Ruby will submit her own application for a Level 3 college course "
           "and visit the college twice, once to meet its disability support team.", "")],
         [("Provision 5.1a\tThe school's careers adviser, a qualified careers guidance practitioner (Level 6), "
           "will hold a 45-minute careers guidance interview with Ruby once a term in Year 10 and Year 11, "
           "with her QTVI joining the autumn 2027 interview.", "")]),
    ]
    for area, need, outs, provs in threads:
        pl.para(area, style="Heading 3")
        pl.para(need)
        for text, dspec in outs:
            s = pl.item("E", text, dspec, area=area)
            if text.startswith("Outcome 2.1"):
                pl.trap("E", "May 2027", text, "May 2027")
        for text, dspec in provs:
            s = pl.item("F", text, dspec, area=area)
            if "access arrangements" in text:
                pl.trap("F", "exam access arrangements", text, "access arrangements")

    h("C", "Health needs")
    pl.para("Ruby has oculocutaneous albinism with nystagmus. Her distance vision is 6/36 in both eyes with "
            "glasses, she is sensitive to bright light and wears tinted lenses outdoors. The community "
            "paediatrician diagnosed developmental coordination disorder in 2019. She is seen by the eye "
            "clinic at Wyrebeck Royal Infirmary.")
    h("D", "Social care needs", status="no_needs")
    pl.para("Ruby has no social care needs.")
    h("G", "Health provision")
    pl.item("G", "G1\tRuby will continue to be seen by the eye clinic.", "no_frequency;no_duration")
    h("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
      status="no_needs")
    pl.para("Ruby has no needs for provision under section 2 of the Chronically Sick and Disabled Persons Act "
            "1970.")
    h("H2", "Other social care provision", status="no_needs")
    pl.para("No other social care provision is needed, as Ruby has no social care needs.")
    h("I", "Placement")
    pl.para("Thornbury Vale Academy, Wyrebeck (mainstream secondary academy)")
    h("J", "Personal budget", status="no_needs")
    pl.para("No personal budget has been requested.")
    h("K", "Advice and information")
    pl.paras(["Ruby's views and her father's views, 18 September 2026",
              "Advice from Thornbury Vale Academy, 25 September 2026",
              "Advice from the Wyrebeck Sensory Support Service (QTVI and habilitation), 1 October 2026",
              "Occupational therapy advice, Wyrebeck Children's Therapy Service, 3 October 2026",
              "Medical advice from the community paediatrician, 9 October 2026", ADVICE_NOTE])
    pl.signature("Hannah Stroud", "Senior SEND Officer", "5 November 2026", la)
    pl.finish(out)


def plan_round8_selective_mutism_letter(out):
    la = "Sallowmere City Council"
    pl = Plan("round8-selective-mutism-letter", "typical",
              child("Amara", "Osei", "she", "2021-01-09", 1, "Larkfield Infant School",
                    ["SLCN", "SEMH"], "2026-11-26", None),
              la, {"section_style": "a letter to the parents; Heading 2 titles",
                   "heading_format": "{friendly title} (section {l})",
                   "outcome_layout": "List Bullet, second person ('your child will')",
                   "provision_layout": "List Bullet", "details_layout": "label: value paragraphs",
                   "date_style": "long"}, SINGLE, font="Georgia")
    pl.para(la, bold=True, size=12)
    pl.paras(["SEND Team, Civic Centre, Sallowmere", "26 November 2026", "Dear Mr and Mrs Osei,"])
    pl.para("Amara's Education, Health and Care Plan (final)", bold=True)
    pl.paras(["Child's name: Amara Osei", "Date of birth: 9 January 2021", "School: Larkfield Infant School",
              "Date of this plan: 26 November 2026", "Date of next annual review: 25 November 2027",
              "Thank you for meeting us on 14 October 2026. This letter is Amara's final EHC plan. Each part "
              "of the letter is one section of the plan, and the section letter is shown in brackets after "
              "each heading."])

    def h(title, sid, **kw):
        pl.head(sid, "%s (section %s)" % (title, sid), style="Heading 2", **kw)

    h("What you and Amara told us", "A")
    pl.paras([
        "You told us that Amara chatters, sings and tells jokes at home, and that she is bright, funny and "
        "loves animals. You want her to be able to ask for help at school and to make friends.",
        "Amara drew a picture of herself in the reading corner with her friend Lily and told you: \"I like "
        "school when it's quiet. I talk to Lily in my head.\" She says she wants to be a vet."])
    h("What Amara finds hard", "B")
    pl.paras([
        "Amara has selective mutism. She talks freely at home with you and her brother, but she has not "
        "spoken at school since she started in Reception in September 2025. When an adult asks her a "
        "direct question she freezes, looks down and cannot answer, even by nodding.",
        "Her understanding and use of language at home are typical for her age (speech and language therapy "
        "assessment, June 2026). Her written work shows she is working at the expected level in reading and "
        "maths, but her phonics and reading cannot be checked aloud.",
        "She plays alongside other children but does not join games that need talking."])
    h("Amara's health", "C")
    pl.para("You told us Amara will not use the school toilets, holds on all day and has had wetting "
            "accidents on the way home. Her GP has asked the school nursing team to help. She has no other "
            "health needs.")
    h("Social care", "D", status="no_needs")
    pl.para("You told us Amara has no social care needs, and she is not known to children's social care.")

    h("What we want Amara to achieve", "E")
    pl.para("Amara's class teacher will set small-step targets each half term in her SEN support plan, using "
            "the speech and language therapist's talking map.")
    for text, dspec in [
        ("By the end of the spring term 2027, your child will say single words to her teaching assistant in "
         "the quiet room in at least 4 out of 5 sliding-in sessions.", ""),
        ("By the end of Year 1 (July 2027), Amara will answer the register by saying 'yes' or 'here' on 4 out "
         "of 5 days.", ""),
        ("Your child will feel less anxious about talking at school.", "not_measurable;not_time_bound"),
        ("By December 2027, your child will ask a familiar adult for the toilet or a drink, by speaking or by "
         "showing her request card, on every occasion recorded over 2 school weeks.", ""),
        ("Amara will have weekly sessions with the speech and language therapist.",
         "outcome_is_provision;not_time_bound"),
        ("By July 2027, Amara will play a turn-taking game with 2 classmates in the classroom and say at "
         "least 3 words during the game, in 3 out of 4 weekly observations.", ""),
        ("Amara will speak to adults at school when she is ready.", "not_time_bound")]:
        pl.item("E", text, dspec, style="List Bullet")

    h("The help Amara will get at school", "F")
    pl.para("We, Sallowmere City Council, must make sure Amara gets everything in this part of the letter.")
    key_adult = ("Amara's key adult (her teaching assistant) will meet her at the classroom door at 8.45am "
                 "every school day for a 10-minute settling job, feeding the class fish or sorting the book "
                 "bags, before the register is taken.")
    for text, dspec in [
        ("Amara's teaching assistant, trained in the sliding-in technique by the speech and language "
         "therapist, will run a sliding-in session with Amara and one of you in the quiet room for 15 minutes "
         "three times a week, following the steps the therapist sets.", ""),
        ("A speech and language therapist from the Sallowmere Children's Speech and Language Therapy Service "
         "will observe Amara in class and set her next sliding-in steps in a 45-minute visit once every half "
         "term, and will meet you and her teaching assistant for 20 minutes at the end of each visit.", ""),
        ("Strategies to reduce the pressure on Amara to speak will be used as appropriate.",
         "vague_word:as appropriate;no_frequency;no_deliverer"),
        ("Amara's class teacher will use a 'comment, don't question' approach with her in all lessons, and "
         "will explain this approach to every adult who works in the class, including supply teachers, on "
         "their first day.", ""),
        ("The teaching assistant will run a small talking group for Amara and her friends for 20 minutes "
         "twice a week.", "no_group_size"),
        ("Amara will be given a communication card to use.", "no_frequency"),
        (key_adult, ""),
        ("Her teacher will talk to you about her progress periodically.",
         "vague_word:periodically;no_frequency;no_duration")]:
        pl.item("F", text, dspec, style="List Bullet")
    pl.trap("F", "key adult named with a role", key_adult, "key adult")

    h("Help for Amara's health", "G")
    pl.item("G", "The school nurse from the Sallowmere School Nursing Team will meet you and Amara at home for "
            "30 minutes once a month from January to April 2027 to set up and check her toileting plan.",
            style="List Bullet")
    pl.item("G", "Amara will be referred to CAMHS.", "no_frequency;no_deliverer", style="List Bullet")
    h("Social care help", "H", status="no_needs")
    pl.para("Amara has no social care needs, so this plan has no social care provision.")
    h("Amara's school", "I")
    pl.para("Larkfield Infant School, Sallowmere (a mainstream community infant school)")
    h("A personal budget", "J", status="empty")
    h("The advice we used", "K")
    pl.paras(["Your views and Amara's views, 14 October 2026",
              "Advice from Larkfield Infant School, 2 October 2026",
              "Speech and language therapy advice, 6 October 2026",
              "Educational psychology advice, 9 October 2026", ADVICE_NOTE], style="List Bullet")
    pl.para("Yours sincerely,")
    pl.signature("Priya Nandakumar", "SEND Case Officer", "26 November 2026", la)
    pl.finish(out)


# Measured once blind (segmentation 66/145, recall 9/35, false alarms 0/38), then used to
# correct the segmenter and rules: test plans now.
ROUND8_PLANS = [plan_round8_fasd_heading_content, plan_round8_college_epilepsy_deliverer_first, plan_round8_vi_dyspraxia_need_threads, plan_round8_selective_mutism_letter]
# Plans no rule has been tuned on (tests/data/blind): for measuring only.
BLIND_PLANS = [plan_round6_williams_syndrome, plan_round6_young_carer, plan_round6_hearing_radio_aid]


# ---------------------------------------------------------------- samples (no sidecars)

def sample_good(out):
    la = "Northmarsh County Council"
    pl = Plan("good-plan", "good", {}, la, {}, SPLIT)
    front(pl, "Ava Thompson", "14 February 2018", "3 November 2025", "15 October 2025", "Willowbrook Primary School", la,
          next_review="14 October 2026")
    h = lambda sid, t: pl.head(sid, "Section %s: %s" % (sid, t))
    h("A", "Views, interests and aspirations")
    pl.para("What Ava told us (her own words, recorded by her teaching assistant in October 2025)", style="Heading 3")
    pl.paras(["I like drawing horses, playing with my cousins and going to the park with my dad.",
              "I like it when my teacher shows me pictures so I know what is happening next.",
              "I don't like the hand dryers in the toilets. They are too loud.",
              "My dream is to be a vet and look after poorly animals."])
    pl.para("What Ava's parents told us", style="Heading 3")
    pl.para("Ava's mum and dad describe her as loving and determined. They want Ava to read for pleasure, to make friends in her class and to tell adults when she is worried.")
    h("B", "Special educational needs")
    pl.para("Communication and interaction", style="Heading 3")
    pl.paras(["Ava understands short, familiar instructions but finds it hard to follow longer instructions in a busy classroom. On the CELF-5 in September 2025 her understanding of language was at the 9th percentile.",
              "Ava talks in short sentences of 3 to 4 words. When she cannot find a word she points or gives up."])
    pl.para("Cognition and learning", style="Heading 3")
    pl.paras(["Ava reads 15 high-frequency words on sight and is working at phase 3 of the phonics programme. She enjoys stories and can answer questions about a story that is read to her.",
              "In maths Ava counts reliably to 20 and adds numbers to 10 using objects."])
    pl.para("Social, emotional and mental health", style="Heading 3")
    pl.para("Ava becomes anxious when routines change. When this happens she hides under a table and will not speak for 10 to 15 minutes. A visual timetable and a warning before changes help her to stay calm.")
    pl.block(h, "C", "Health needs", "Ava has global developmental delay (diagnosed by her community paediatrician in 2022). She is reviewed every 6 months. Her hearing and vision were checked in July 2025 and were within normal limits.")
    pl.block(h, "D", "Social care needs", "Ava's parents told the Children with Disabilities Team (assessment, June 2025) that bedtimes are very hard and that they need a break from caring at weekends.")
    pl.block(h, "E", "Outcomes", "Ava's class teacher and the SENCo will set shorter-term targets each term in her SEN support plan, and share them with Ava's parents.")
    for o in ["By July 2027, Ava will read 40 high-frequency words independently in 4 out of 5 sessions.",
              "By July 2026, Ava will follow a classroom instruction with 3 key words without a visual prompt in 4 out of 5 observed lessons.",
              "By the end of the spring term 2026, Ava will use a 5-word sentence to tell an adult what she needs, on 3 occasions each school day for 2 consecutive weeks.",
              "By July 2026, Ava will add 2 numbers to 20 using a number line, independently, in 8 out of 10 questions.",
              "By the end of Year 4 (July 2027), Ava will tell an adult when she is worried, using her feelings fan, on 4 out of 5 recorded occasions."]:
        pl.para(o, style="List Number")
    h("F", "Special educational provision")
    hdr = ["Provision", "Frequency", "Duration", "Group size", "Delivered by"]
    t = pl.table(hdr)
    for r in [["Speech and language therapy to develop understanding of instructions and sentence building", "Fortnightly", "45 minutes", "1:1", "HCPC-registered speech and language therapist, Northmarsh Children's Therapy Service"],
              ["Daily language programme set by the speech and language therapist", "Every school day", "15 minutes", "1:1", "Teaching assistant trained by the speech and language therapist"],
              ["Precision teaching of high-frequency words", "5 times a week", "10 minutes", "1:1", "Teaching assistant trained in precision teaching by the educational psychologist"],
              ["Phonics catch-up group (Read Write Inc. Fast Track)", "4 times a week", "20 minutes", "Group of 3 pupils", "Teaching assistant who has completed Read Write Inc. training"],
              ["Visual timetable and a 5-minute warning before each change of activity", "Every school day, at every change of activity", "Throughout the school day", "Individual", "Class teacher"],
              ["Review of progress with Ava's parents and the SENCo", "Termly", "45 minutes", "Individual", "SENCo (National Award for SEN Co-ordination)"]]:
        pl.row(t, r)
    pl.para("")
    pl.block(h, "G", "Health provision", "Developmental review: one 30-minute appointment every 6 months at Northmarsh Child Development Centre with Dr Neil Carter, Consultant Community Paediatrician, commissioned by Northmarsh Integrated Care Board.")
    pl.block(h, "H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", "Short breaks: a place at the Kingfisher Saturday Club, one 4-hour session every other Saturday, provided by Northmarsh Disabled Children's Service and staffed by support workers trained in Makaton.")
    pl.block(h, "H2", "Other social care provision", "Family support: 6 fortnightly 1-hour home visits from a family support worker of Northmarsh Early Help Service, to help Ava's parents set up a bedtime routine, starting in November 2025.")
    pl.block(h, "I", "Placement", "Willowbrook Primary School, Station Road, Northmarsh: a mainstream community primary school maintained by Northmarsh County Council.")
    pl.block(h, "J", "Personal budget", "Ava's parents have not asked for a personal budget. They know they can ask at any annual review.")
    h("K", "Advice and information")
    t = pl.table(["Advice", "Author and role", "Date"])
    for r in [["Parental advice", "Mr and Mrs Thompson, parents", "8 September 2025"],
              ["Educational advice", "Mrs Karen Doyle, SENCo, Willowbrook Primary School", "12 September 2025"],
              ["Psychological advice", "Dr Amira Sayed, Educational Psychologist", "19 September 2025"],
              ["Speech and language therapy advice", "Laura Finch, Speech and Language Therapist", "15 September 2025"],
              ["Medical advice", "Dr Neil Carter, Community Paediatrician", "10 September 2025"],
              ["Social care advice", "Kerry Osei, Social Worker, Northmarsh Children with Disabilities Team", "5 September 2025"]]:
        pl.row(t, r)
    pl.para("")
    pl.signature("Sophie Marlow", "EHC Coordinator", "3 November 2025", la)
    save_docx(pl.doc, os.path.join(out, "good-plan.docx"))


def sample_typical(out):
    la = "Wrenfield Borough Council"
    pl = Plan("typical-plan", "typical", {}, la, {}, SPLIT, font="Calibri")
    front(pl, "Sam Patel", "3 March 2015", "22 September 2025", "[insert date]", "St Cuthbert's C of E Primary School", la)
    h = lambda t: pl.para(t, bold=True, size=13)
    h("A. The views, interests and aspirations of Sam and his parents")
    pl.paras(["Sam likes football, Minecraft and his older brother. He wants to be a footballer.",
              "Sam's parents would like him to be happier at school and to have more friends."])
    h("B. Sam's special educational needs")
    pl.paras(["Sam has autism and speech, language and communication needs.",
              "Sam finds it hard to join in with games at playtime and often plays alone. He can become upset when routines change."])
    h("C. Sam's health needs which relate to his SEN")
    pl.para("Not applicable")
    h("D. Sam's social care needs which relate to his SEN or to a disability")
    pl.para("Sam is not known to social care.")
    h("E. The outcomes sought for the child")
    pl.paras(["Sam will develop his social skills.", "Sam will receive speech therapy.",
              "Sam will be more confident in class.", "By July 2026, Sam will read 30 high-frequency words on sight in 4 out of 5 checks.",
              "Sam will improve his writing by [insert date]."], style="List Number")
    h("F. The special educational provision required by the child")
    pl.paras(["Sam will have access to a small group for social skills.", "Speech and language therapy as appropriate.",
              "Regular check-ins with an adult.", "Up to 5 hours of TA support per week.",
              "Movement breaks as required.", "A visual timetable, updated every morning by the class teacher.",
              "Sam will be supported by TBC."], style="List Bullet")
    h("G. Any health provision reasonably required by the learning difficulties or disabilities which result in the child having SEN")
    pl.para("Sam will be seen by the community paediatrician as required.")
    h("H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    pl.para("None.")
    h("H2. Any other social care provision")
    pl.para("None.")
    h("I. The name and type of the school or other institution")
    pl.para("St Cuthbert's C of E Primary School (mainstream).")
    h("J. Personal budget")
    pl.para("TBC")
    h("K. Advice and information")
    pl.paras(["Educational psychologist report", "Speech and language therapy report, [insert date]", "School advice"])
    pl.signature("TBC", "EHC Coordinator", "22 September 2025", la)
    save_docx(pl.doc, os.path.join(out, "typical-plan.docx"))


def sample_poor(out):
    la = "Saltmere County Council"
    pl = Plan("poor-plan", "poor", {}, la, {}, SPLIT, font="Times New Roman")
    pl.para("DRAFT Education, Health and Care Plan – Jayden Cole", bold=True, size=14)
    t = pl.table(cols=2)
    for label, value in [("Name", "Jayden Cole"), ("DOB", "dd/mm/yyyy"), ("School", "[Name of setting]"), ("Date of plan", "XXX")]:
        pl.row(t, [label, value])
    band = lambda text: pl.span(t, text, shade_fill="7F7F7F", bold=True, color="FFFFFF")
    narr = lambda *lines: [pl.span(t, line) for line in lines]
    band("Section A – About Jayden")
    narr("Jayden is a Year 8 pupil who presents with SEMH and ASC and it is reported that he can be a pleasant young man when he is engaged in activities that he enjoys, although staff have observed that he finds it difficult to sustain attention for extended periods and this impacts on his learning across the curriculum in a number of ways.")
    band("Section B – Special Educational Needs")
    narr("Jayden has ASC, SEMH needs and SLCN.",
         "The EP report indicates that Jayden's cognitive profile is uneven and that his working memory and processing speed are areas of relative weakness which, when combined with his difficulties with emotional regulation and his sensory sensitivities, mean that he may struggle to access the curriculum without appropriate support being put in place by school staff.")
    band("Section C – Health")
    narr("Jayden is known to CAMHS and has been referred to OT.")
    band("Section E – Outcomes")
    narr("Jayden will improve his behaviour.", "Jayden will receive SALT.", "Jayden will engage with learning.",
         "Jayden will develop his social skills.", "Jayden will be happier in school.")
    band("Section F – Special Educational Provision")
    narr("Access to a TA as appropriate.", "SALT input as required.", "ELSA sessions when necessary.",
         "Regular check-ins with a trusted adult.", "Opportunities to access a quiet space.",
         "Up to 10 hours of LSA support per week.", "EP involvement periodically.",
         "Staff should use a range of strategies to support Jayden, which may include visual prompts, social stories and time out cards, as and when Jayden needs them, and these strategies should be reviewed on an ongoing basis by the SENCo and the class teachers in consultation with outside agencies.")
    band("Section G – Health Provision")
    narr("CAMHS input as appropriate.", "OT assessment if possible.")
    band("Section H1 – Social Care (CSDPA)")
    narr("N/A")
    band("Section H2 – Social Care (other)")
    narr("Social care may be able to offer some support.")
    band("Section I – Placement")
    narr("[Name of setting] – mainstream.")
    band("Section J – Personal Budget")
    narr("TBC")
    band("Section K – Advice and Information")
    pl.span(t, "")
    pl.para("")
    pl.para("Signed: XXX    Date: <<date>>")
    save_docx(pl.doc, os.path.join(out, "poor-plan.docx"))


def sample_template(out):
    la = "Kestrel Vale Council"
    pl = Plan("template", "template", {}, la, {}, SPLIT)
    pl.para(la + " – SEND Service", bold=True, size=12)
    pl.para("Education, Health and Care Plan", style="Title")
    guide = lambda text: pl.para("Guidance: " + text, italic=True)
    guide("Replace every item in square brackets before the plan is issued. Delete all guidance text.")
    pl.details([("Name", "[insert child's name]"), ("Date of birth", "dd/mm/yyyy"), ("Date of plan", "<<date>>"),
                ("Date of last annual review", "dd/mm/yyyy"), ("Current setting", "[Name of setting]"),
                ("EHC coordinator", "XXX"), ("Status", "Draft / Final (delete as appropriate)")])
    sections = [("A", "Views, interests and aspirations", "Record the child's or young person's views in their own words, and say how they were gathered. Include their aspirations for the future and their parents' views.", ["[insert child's name] says: [insert]", "Parents' views: [insert]"]),
                ("B", "Special educational needs", "Describe each need under the four broad areas of need. Say what the child can do and what they find difficult, with assessment results and dates.", ["Communication and interaction: [insert]", "Cognition and learning: [insert]", "Social, emotional and mental health: [insert]", "Sensory and/or physical: [insert]"]),
                ("C", "Health needs which relate to SEN", "If there are no health needs, say so in a sentence.", ["[insert]"]),
                ("D", "Social care needs which relate to SEN or to a disability", "If there are no social care needs, say so in a sentence.", ["[insert]"]),
                ("E", "Outcomes", "Write 3 to 8 SMART outcomes, each with a date (for example 'By July 2027, … will …').", ["Outcome 1: By dd/mm/yyyy, [insert child's name] will [insert]", "Outcome 2: XXX"]),
                ("F", "Special educational provision", "For each need in Section B, say what will be provided, how often, for how long, in what group size and by whom.", None),
                ("G", "Health provision", "Name the service and the commissioner for each item.", ["[insert]"]),
                ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", "Only for children under 18.", ["[insert]"]),
                ("H2", "Other social care provision", "Include provision under the Care Act for young people over 18.", ["[insert]"]),
                ("I", "Placement", "Leave blank in a draft plan. In a final plan give the name and type of the school or other institution.", ["[Name of setting], [type of setting]"]),
                ("J", "Personal budget", "Say whether a personal budget has been requested and what it covers.", ["TBC"]),
                ("K", "Advice and information", "List all advice gathered, with the author's name, role and the date.", ["[insert advice], [author and role], dd/mm/yyyy"])]
    for sid, title, g, body in sections:
        pl.para("Section %s: %s" % (sid, title), style="Heading 1")
        guide(g)
        if body is None:
            hdr = ["Provision", "Frequency", "Duration", "Group size", "Delivered by"]
            t = pl.table(hdr)
            pl.row(t, ["[insert]", "XXX", "XXX", "XXX", "TBC"])
            pl.para("")
        else:
            pl.paras(body)
    pl.para("Signed on behalf of " + la, bold=True)
    pl.paras(["Name: [insert]", "Date: <<date>>"])
    save_docx(pl.doc, os.path.join(out, "template.docx"))


SAMPLES = [sample_good, sample_typical, sample_poor, sample_template]


# ---------------------------------------------------------------- check

def read_docx(path):
    """Return (paragraph texts in order, {paragraph index: auto-numbering label})."""
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml"))
        numbering = ET.fromstring(z.read("word/numbering.xml")) if "word/numbering.xml" in z.namelist() else None
    levels = {}
    if numbering is not None:
        absd = {a.get(W + "abstractNumId"): a for a in numbering.findall(W + "abstractNum")}
        for n in numbering.findall(W + "num"):
            lvl = absd[n.find(W + "abstractNumId").get(W + "val")].find(W + "lvl")
            levels[n.get(W + "numId")] = (lvl.find(W + "numFmt").get(W + "val"), lvl.find(W + "lvlText").get(W + "val"))
    texts, labels, counters = [], {}, {}
    for p in body.iter(W + "p"):
        parts = []
        for r in p.iter(W + "r"):
            for c in r:
                parts.append(c.text or "" if c.tag == W + "t" else "\t" if c.tag == W + "tab" else "")
        num = p.find(W + "pPr/" + W + "numPr/" + W + "numId")
        if num is not None and num.get(W + "val") in levels:
            nid = num.get(W + "val")
            counters[nid] = counters.get(nid, 0) + 1
            fmt, lvl_text = levels[nid]
            n = counters[nid]
            labels[len(texts)] = lvl_text.replace("%1", chr(64 + n) if fmt == "upperLetter" else str(n))
        texts.append("".join(parts))
    return texts, labels


def check_plan(jpath):
    errs = []
    truth = json.load(open(jpath, encoding="utf-8"))
    texts, labels = read_docx(os.path.join(os.path.dirname(jpath), truth["file"]))
    have = set(texts)
    label_of = {}
    for i, lab in labels.items():
        label_of.setdefault(texts[i], lab)

    def need(text, what):
        if text not in have:
            errs.append("%s not a paragraph: %r" % (what, text[:70]))
    stmts = {s["id"]: s for s in truth["statements"]}
    defects = {d["id"]: d for d in truth["defects"]}
    for sec in truth["sections"]:
        if sec["heading"] is not None:
            need(sec["heading"], "heading " + sec["id"])
        if "num_label" in sec and label_of.get(sec["heading"]) != sec["num_label"]:
            errs.append("section %s label %r != %r" % (sec["id"], label_of.get(sec["heading"]), sec["num_label"]))
        errs += ["section %s lists unknown %s" % (sec["id"], s) for s in sec["statements"] if s not in stmts]
    trap_matches = [t["match"] for t in truth["traps"]]
    all_texts = set(stmts[i]["text"] for i in stmts)
    headings = set(sec["heading"] for sec in truth["sections"])
    for s in truth["statements"]:
        need(s["text"], "statement " + s["id"])
        for v in (s.get("cells") or {}).values():
            for line in filter(None, v.split("\n")):
                need(line, "cell of " + s["id"])
        if "num_label" in s and label_of.get(s["text"]) != s["num_label"]:
            errs.append("%s label %r != %r" % (s["id"], label_of.get(s["text"]), s["num_label"]))
        if (s["label"] == "defective") != bool(s["defects"]):
            errs.append("%s label %s but defects %s" % (s["id"], s["label"], s["defects"]))
        if s["label"] == "good":   # own text and own cells (not a sibling statement's or B's cell)
            own = [v for h, v in (s.get("cells") or {}).items()
                   if h not in headings and (v == s["text"] or v not in all_texts)]
            blob = " | ".join([s["text"]] + own)
            if s["section"] == "E" and not TIME_RE.search(blob):
                errs.append("good outcome %s has no time" % s["id"])
            for m in trap_matches:
                blob = blob.replace(m, " ")
            hit = VAGUE_RE.search(blob) or PLACEHOLDER_RE.search(blob)
            if hit:
                errs.append("good %s contains %r" % (s["id"], hit.group(0)))
    for d in truth["defects"]:
        if d["text"]:
            need(d["text"], "defect " + d["id"])
        if d.get("match") and d["match"] not in d["text"]:
            errs.append("defect %s match %r not in text" % (d["id"], d["match"]))
        if d.get("statement") and d["id"] not in stmts.get(d["statement"], {}).get("defects", []):
            errs.append("defect %s not listed by %s" % (d["id"], d.get("statement")))
    for t in truth["traps"]:
        need(t["text"], "trap")
        if t["match"] not in t["text"]:
            errs.append("trap match %r not in text" % t["match"])
    good = sum(s["label"] == "good" for s in truth["statements"])
    line = "%-22s %2d sections, %2d statements (%d good / %d defective), %2d defects, %d traps" % (
        truth["id"], len(truth["sections"]), len(stmts), good, len(stmts) - good, len(defects), len(truth["traps"]))
    return line, errs


def check_dir(d):
    failed = 0
    paths = sorted(glob.glob(os.path.join(d, "*.json")))
    for jpath in paths:
        line, errs = check_plan(jpath)
        print(("FAIL " if errs else "ok   ") + line)
        for e in errs:
            print("     - " + e)
        failed += bool(errs)
    if not paths:
        print("no sidecars in " + d)
        return 1
    return 1 if failed else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--check":
        return check_dir(argv[2])
    if len(argv) not in (3, 4) or argv[1].startswith("-"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    samples, plans, blind = argv[1], argv[2], argv[3] if len(argv) == 4 else None
    for d in filter(None, (samples, plans, blind)):
        os.makedirs(d, exist_ok=True)
    for fn in SAMPLES:
        fn(samples)
    for fn in TEST_PLANS + ROUND2_PLANS + ROUND3_PLANS + ROUND4_PLANS + ROUND5_PLANS + ROUND6_PLANS + ROUND7_PLANS + ROUND8_PLANS:
        fn(plans)
    print("wrote %d samples to %s and %d test plans to %s" % (len(SAMPLES), samples,
                                                             len(TEST_PLANS + ROUND2_PLANS + ROUND3_PLANS + ROUND4_PLANS + ROUND5_PLANS + ROUND6_PLANS + ROUND7_PLANS + ROUND8_PLANS), plans))
    if blind is None:
        return check_dir(plans)
    for fn in BLIND_PLANS:
        fn(blind)
    print("wrote %d blind plans to %s" % (len(BLIND_PLANS), blind))
    return check_dir(plans) | check_dir(blind)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

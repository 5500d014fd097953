#!/usr/bin/env python3
"""Writes expected-labels.jsonl for a folder of real interchange files from the files themselves.

It reads the entries with its own small BibTeX, RIS and JSON parsing (never with the library's readers) and labels each
entry with what a reader of the file sees: its key, the CSL type its entry type stands for, and the checked fields
(title, first creator, year, container title) with TeX and HTML markup taken off. The entry-type correspondences are the
conventional ones, written out below one line per type: BibTeX/BibLaTeX as the biblatex manual and CSL 1.0.2 pair them
(as Better BibTeX and citeproc-js use them), RIS as the RIS specification's type list and Zotero's RIS translator pair
them. Hand corrections, made after reading the entries, are in OVERRIDES.
Run: python3 eng/interchange/corpus-labels.py [folder under tests/AseanAi.Citations.Tests/Corpus, default interchange]
"""
import json, pathlib, re, sys, unicodedata

CORPORA = pathlib.Path(__file__).resolve().parents[2] / "tests/AseanAi.Citations.Tests/Corpus"
ROOT = CORPORA / "interchange"

CSL_TYPE = {
    "article": "article-journal", "book": "book", "mvbook": "book", "collection": "book", "mvcollection": "book",
    "proceedings": "book", "mvproceedings": "book", "reference": "book", "manual": "book", "booklet": "pamphlet",
    "inbook": "chapter", "incollection": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference", "inreference": "entry",
    "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis", "techreport": "report", "report": "report",
    "misc": "document", "unpublished": "manuscript", "online": "webpage", "www": "webpage", "electronic": "webpage",
    "patent": "patent", "standard": "standard", "newspaper": "article-newspaper", "periodical": "periodical",
    "software": "software", "dataset": "dataset", "legislation": "legislation", "jurisdiction": "legal_case",
    "letter": "personal_communication", "movie": "motion_picture", "video": "motion_picture", "audio": "song",
    "music": "song", "image": "graphic", "review": "review",
    # GB/T 7714's archive (档案, biblatex-gb7714-2015's @archive): an archival collection, CSL's collection.
    "archive": "collection",
    # GB/T 7714's electronic database (电子数据库 [DB], biblatex-gb7714-2015's and gbt7714-bibtex-style's @database).
    "database": "dataset",
}
# An entrysubtype names CSL's finer type where CSL 1.0.2 has one (biblatex manual 2.2.2 for the article subtypes; the
# biblatex legislation subtype regulation is CSL's regulation).
SUBTYPE = {("article", "newspaper"): "article-newspaper", ("article", "magazine"): "article-magazine",
           ("legislation", "regulation"): "regulation"}

# RIS reference types (TY), as the RIS Format Specifications (Research Information Systems, 2011) list them, and the
# CSL 1.0.2 type each stands for, the pairing of Zotero's RIS translator (RIS.js, TY -> Zotero item type) followed by
# Zotero's CSL mapping; where CSL has a type of its own that Zotero lacks (classic, standard, dataset, regulation),
# that type. A TY value not in the list (e.g. "Journal Article") is a generic document, as Zotero reads it.
RIS_CSL_TYPE = {
    "ABST": "article-journal", "ADVS": "motion_picture", "AGGR": "dataset", "ANCIENT": "classic", "ART": "graphic",
    "BILL": "bill", "BLOG": "post-weblog", "BOOK": "book", "CASE": "legal_case", "CHAP": "chapter", "CHART": "figure",
    "CLSWK": "classic", "COMP": "software", "CONF": "paper-conference", "CPAPER": "paper-conference", "CTLG": "book",
    "DATA": "dataset", "DBASE": "dataset", "DICT": "entry-dictionary", "EBOOK": "book", "ECHAP": "chapter",
    "EDBOOK": "book", "EJOUR": "article-journal", "ELEC": "webpage", "ENCYC": "entry-encyclopedia", "EQUA": "document",
    "FIGURE": "figure", "GEN": "document", "GOVDOC": "report", "GRANT": "document", "HEAR": "hearing",
    "ICOMM": "personal_communication", "INPR": "article-journal", "JFULL": "periodical", "JOUR": "article-journal",
    "LEGAL": "regulation", "MANSCPT": "manuscript", "MAP": "map", "MGZN": "article-magazine", "MPCT": "motion_picture",
    "MULTI": "motion_picture", "MUSIC": "musical_score", "NEWS": "article-newspaper", "PAMP": "pamphlet", "PAT": "patent",
    "PCOMM": "personal_communication", "RPRT": "report", "SER": "periodical", "SLIDE": "speech", "SOUND": "song",
    "STAND": "standard", "STAT": "legislation", "THES": "thesis", "UNBILL": "bill", "UNPB": "manuscript",
    "VIDEO": "motion_picture", "WEB": "webpage",
}
# RIS types whose T2 is a series, not the container (RIS specification: BOOK's T2 is the series title).
RIS_WHOLE_BOOKS = {"BOOK", "EBOOK", "EDBOOK", "CLSWK", "ANCIENT", "CTLG"}
RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  ?-(?: (.*)|)$")
OVERRIDES = {}  # (file, key) -> {field: value}; none were needed so far.
CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
LOGOS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2\u03b5", "BibTeX": "BibTeX", "MF": "Metafont", "MP": "MetaPost"}
MONTHS = {m: str(i + 1) for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def entries(text):
    macros = dict(MONTHS)
    i = 0
    while True:
        at = text.find("@", i)
        if at < 0:
            return
        m = re.match(r"@\s*([A-Za-z]+)\s*([{(])", text[at:])
        if not m:
            i = at + 1
            continue
        kind = m.group(1).lower()
        start = at + m.end()
        close = "}" if m.group(2) == "{" else ")"
        end = matching(text, start - 1, m.group(2), close)
        body = text[start:end]
        i = end + 1
        if kind in ("comment", "preamble"):
            continue
        if kind == "string":
            name, value = body.split("=", 1)
            macros[name.strip().lower()] = value_of(value.strip(), macros)
            continue
        key, _, rest = body.partition(",")
        yield kind, key.strip(), fields(rest, macros)


def matching(text, open_at, open_char, close_char):
    depth = 0
    for j in range(open_at, len(text)):
        c = text[j]
        if c == "\\":
            continue
        if c == open_char or (open_char == "(" and c == "{"):
            depth += 1
        elif c == close_char or (open_char == "(" and c == "}"):
            depth -= 1
            if depth == 0:
                return j
    return len(text)


def fields(body, macros):
    result = {}
    j = 0
    while j < len(body):
        m = re.match(r"\s*([A-Za-z][\w\-:.]*)\s*=\s*", body[j:])
        if not m:
            break
        name = m.group(1).lower()
        j += m.end()
        parts = []
        while j < len(body):
            c = body[j]
            if c == "{":
                e = matching(body, j, "{", "}")
                parts.append(body[j + 1:e]); j = e + 1
            elif c == '"':
                e = j + 1
                depth = 0
                while e < len(body) and not (body[e] == '"' and depth == 0):
                    depth += {"{": 1, "}": -1}.get(body[e], 0); e += 1
                parts.append(body[j + 1:e]); j = e + 1
            else:
                m2 = re.match(r"[^,#\s}]+", body[j:])
                word = m2.group(0) if m2 else ""
                parts.append(macros.get(word.lower(), word)); j += len(word)
            m3 = re.match(r"\s*#\s*", body[j:])
            if m3:
                j += m3.end()
                continue
            break
        result[name] = "".join(parts)
        m4 = re.match(r"\s*,?", body[j:])
        j += m4.end()
    return result


def value_of(raw, macros):
    return fields("x = " + raw, macros).get("x", "")


ACCENTS = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "c": "\u0327", "v": "\u030c", "=": "\u0304", ".": "\u0307", "u": "\u0306", "H": "\u030b"}


def plain(tex):
    """What a reader sees: accents applied, braces and formatting gone, TeX dashes and quotes, white space collapsed."""
    s = tex
    s = re.sub(r"\\([`'\"^~=.])\s*\{?\\?([A-Za-z])\}?", lambda m: unicodedata.normalize("NFC", m.group(2) + ACCENTS[m.group(1)]), s)
    s = re.sub(r"\\([cvuH])\{([A-Za-z])\}", lambda m: unicodedata.normalize("NFC", m.group(2) + ACCENTS[m.group(1)]), s)
    s = s.replace(r"\&", "&").replace(r"\%", "%").replace(r"\_", "_").replace(r"\$", "$").replace(r"\#", "#")
    s = re.sub(r"\\(emph|textit|textbf|textsc|textrm|mkbibquote|enquote|url)\s*", "", s)
    # Logos read as their names; font switches show nothing; a control word takes the spaces after it; \ is a space.
    s = re.sub(r"\\(TeX|LaTeXe|LaTeX|BibTeX|MF|MP|rm|it|bf|sf|tt|sc|sl|em)(?![A-Za-z])\s*", lambda m: LOGOS.get(m.group(1), ""), s)
    s = s.replace("\\ ", " ")
    s = re.sub(r"\\(AA|aa)\{\}", lambda m: "Å" if m.group(1) == "AA" else "å", s)
    s = s.replace("---", "\u2014").replace("--", "\u2013").replace("``", "\u201c").replace("''", "\u201d")
    s = s.replace("~", "\u00a0").replace("{", "").replace("}", "")
    # A line break between two CJK characters is no space (pTeX, upTeX); other white space runs are one space.
    s = re.sub(r"(?<=" + CJK.pattern + r")[ \t]*\r?\n\s*(?=" + CJK.pattern + r")", "", s)
    return re.sub(r"\s+", " ", s).strip()


def split_names(raw):
    depth, start, names = 0, 0, []
    for j, c in enumerate(raw):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth == 0 and raw[j:j + 5].lower() == " and " :
            names.append(raw[start:j]); start = j + 5
    names.append(raw[start:])
    return [n.strip() for n in names if n.strip() and n.strip().lower() != "others"]


def first_creator(entry):
    raw = entry.get("author") or entry.get("editor")
    if not raw:
        return None
    name = split_names(raw)[0]
    if name.startswith("{") and name.endswith("}") and name.count("{") == 1:
        return plain(name)  # an organisation, whole
    if "," in name:
        return plain(name.split(",")[0])
    words = [w for w in re.split(r"[\s~]+", name) if w]
    if len(words) == 1:
        return plain(words[0])
    if CJK.search(words[0]):
        return plain(words[0])  # family first
    # Given names first (also P. R. クルーグマン); lower-case words before the last are the von part of the family name.
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return plain(" ".join(words[start:]))


def year_of(entry):
    for field in ("year", "date"):
        m = re.search(r"\d{4}", entry.get(field, ""))
        if m:
            return m.group(0)
    return None


def label_bib(path):
    for kind, key, e in entries(path.read_text(encoding="utf-8")):
        sub = (e.get("entrysubtype") or "").strip().lower()
        yield {
            "file": path.name, "key": key,
            "type": SUBTYPE.get((kind, sub), CSL_TYPE.get(kind, "document")),
            "title": plain(e["title"]) if "title" in e else None,
            "creator": first_creator(e),
            "year": year_of(e),
            "container": plain(e.get("journaltitle") or e.get("journal") or e.get("booktitle")) if (e.get("journaltitle") or e.get("journal") or e.get("booktitle")) else None,
            "cjk": bool(CJK.search(json.dumps(e, ensure_ascii=False))),
        }


def without_html(text):
    """CSL-JSON rich text as a reader sees it: the HTML-like tags of the CSL-JSON schema (i, b, sup, sub, span) off."""
    return None if text is None else re.sub(r"</?(i|b|sup|sub|span)(\s[^>]*)?>", "", text)


def label_csl(path):
    for item in json.loads(path.read_text(encoding="utf-8")):
        creators = item.get("author") or item.get("editor") or []
        first = creators[0] if creators else None
        parts = (item.get("issued") or {}).get("date-parts") or [[None]]
        yield {
            "file": path.name, "key": item["id"], "type": item["type"], "title": without_html(item.get("title")),
            "creator": (first.get("family") or first.get("literal")) if first else None,
            "year": str(parts[0][0]) if parts[0][0] is not None else None,
            "container": without_html(item.get("container-title")),
            "cjk": bool(CJK.search(json.dumps(item, ensure_ascii=False))),
        }


def ris_records(text):
    """Records as (TY value, [(tag, value)]): a line that is no tag line continues the value before it."""
    record, fields = None, []
    for line in text.lstrip("\ufeff").splitlines():
        m = RIS_TAG.match(line.rstrip())
        if m:
            tag, value = m.group(1), (m.group(2) or "").strip()
            if tag == "TY":
                record, fields = value, []
            elif tag == "ER":
                if record is not None:
                    yield record, fields
                record = None
            elif record is not None:
                fields.append([tag, value])
        elif record is not None and fields and line.strip():
            fields[-1][1] += " " + line.strip()
    if record is not None:
        yield record, fields


def ris_name(value):
    """AU as RIS writes it: 'family, given'; a value ending in a comma or with none is one name (a body), whole."""
    value = value.strip()
    if value.endswith(",") or "," not in value:
        return value.rstrip(",").strip() or None
    return value.split(",")[0].strip()


def label_ris(path):
    for kind, fields in ris_records(path.read_text(encoding="utf-8")):
        def first(*tags):
            for tag in tags:
                for name, value in fields:
                    if name == tag and value:
                        return value
            return None
        ty = kind.strip().upper()
        book = ty in RIS_WHOLE_BOOKS
        year = re.search(r"\d{4}", first("PY", "Y1", "DA") or "")
        creator = first("AU", "A1") or first("A2", "ED")
        yield {
            "file": path.name, "key": first("ID") or "", "type": RIS_CSL_TYPE.get(ty, "document"),
            "title": first("TI", "T1", "CT") or (first("BT") if book else None),
            "creator": ris_name(creator) if creator else None,
            "year": year.group(0) if year else None,
            "container": None if book else first("T2", "JF", "JO", "BT"),
            "cjk": bool(CJK.search(json.dumps(fields, ensure_ascii=False))),
        }


def main():
    root = CORPORA / sys.argv[1] if len(sys.argv) > 1 else ROOT
    labels = []
    for path in sorted(root.iterdir()):
        if path.suffix == ".bib":
            labels.extend(label_bib(path))
        elif path.suffix == ".json":
            labels.extend(label_csl(path))
        elif path.suffix.lower() == ".ris":
            labels.extend(label_ris(path))
    for label in labels:
        label.update(OVERRIDES.get((label["file"], label["key"]), {}))
    with open(root / "expected-labels.jsonl", "w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    cjk = sum(l["cjk"] for l in labels)
    print(f"{len(labels)} entries in {len({l['file'] for l in labels})} files, {cjk} with CJK text ({cjk / len(labels):.0%})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Measures import coverage on the real-list corpus (see measure.sh).

For each file: the arXiv ids the raw text links or mentions (found here by regex, independently of the
importers), which of them are on an entry of the file's catalog, entries, junk titles (a URL, a link
word, an emoji or punctuation only), and misses no diagnostic reports.
"""
import json, re, sys, os

# arxiv.org/abs|pdf|html/ID (new or old style, optional vN / .pdf), and arXiv:ID mentions.
NEW = r"(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}"
OLD = r"[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{2}(?:0[1-9]|1[0-2])\d{3}"
URL = re.compile(r"arxiv\.org/(?:abs|pdf|html)/(" + NEW + "|" + OLD + r")(?![\d])", re.I)
MENTION = re.compile(r"arxiv\s*[:：]\s*(" + NEW + "|" + OLD + r")(?![\d])", re.I)
LINKWORDS = {"paper", "pdf", "arxiv", "code", "github", "link", "here", "url", "project", "homepage", "website",
             "demo", "blog", "video", "slides", "abs", "abstract", "dataset", "data", "model", "huggingface", "hf",
             "论文", "代码", "链接", "地址", "原文", "主页", "项目", "文章", "paper link", "code link", "official",
             "openreview", "acl", "ieee", "springer", "semantic scholar", "google scholar", "doi"}

def ids_in(text):
    found = {}
    for rx in (URL, MENTION):
        for m in rx.finditer(text):
            found.setdefault(m.group(1), text.count("\n", 0, m.start()) + 1)
    return found

def junk(title):
    """A title that is not a work's name: a URL, a link word, emoji or punctuation, an author-year
    citation, a bare id, or a fragment of prose cut between two links."""
    raw = title.strip()
    t = raw.strip("[]()*_`'\"「」【】 .:：").lower()
    if not t: return False  # an untitled entry is not junk: enrichment fills it
    if re.search(r"https?://|www\.", t): return True
    if t in LINKWORDS: return True
    if not re.search(r"[\w\u4e00-\u9fff]", t): return True  # emoji / punctuation only
    if re.search(r"\bet al\b", t) or re.fullmatch(r"[a-z][\w'-]+,? \(?(19|20)\d\d\)?", t): return True
    if re.fullmatch(r"(arxiv:?\s*)?\d{4}\.\d{4,5}(v\d+)?", t): return True
    if raw[:1] in ")）,，;；" or raw[-1:] in "(（": return True
    # where a project lives ("开源地址为", "github 地址") or which language version a link is ("英文", "简体中文")
    if re.fullmatch(r"(该|本|此|其)?(项目|模型|论文|代码)?的?\s*(github|官方|开源|项目|代码|下载|\s)*(地址|链接|网址)(为|是)?", t): return True
    if re.fullmatch(r"(english|chinese|(中国)?(台湾|香港)?((简体|繁体)(中文)?|中文|英文)版?)", t): return True
    return False

def suspect(title):
    """A title a person would not accept as written, though it names the work: markup or a whole citation
    left in it (star ratings, table pipes, an author part before a quoted title, a news date, unbalanced
    brackets, a leading emoji, an institution after a handle sign, more than 200 characters)."""
    t = title.strip()
    if not t or junk(t): return False
    if re.search(r":star:|⭐|★", t) or " | " in t or re.search(r"\|\S*\|", t): return True
    # list decorations: an emoji before the title, the authors' institution after a handle sign ("Title(@Lab)")
    if re.match(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", t) or re.search(r"[(（]@[^()]*[)）]\s*$", t): return True
    if re.match(r"^(19|20)\d\d-\d\d-\d\d\b", t): return True
    q = re.search(r"[\"“][^\"“”]{8,}[\"”]", t)
    if q and "," in t[:q.start()]: return True
    if t.count("[") != t.count("]") or t.count("(") != t.count(")"): return True
    return len(t) > 200

def main(corpus, catalogs):
    """corpus: the input files; catalogs: the folder holding <name>.json for each."""
    rows, tot = [], dict(linked=0, found=0, entries=0, titled=0, junk=0, suspect=0, unreported=0)
    for path in corpus:
        name = os.path.basename(path)
        text = open(path, encoding="utf-8", errors="replace").read()
        linked = ids_in(text)
        cat_path = os.path.join(catalogs, name + ".json")
        if not os.path.exists(cat_path):
            print(f"{name}: no catalog (import crashed?)", file=sys.stderr); continue
        cat = json.load(open(cat_path, encoding="utf-8"))
        entries = cat["entries"]
        on_entry = set()
        for e in entries:
            a = e.get("arxivId")
            if a: on_entry.add(re.sub(r"v\d+$", "", a))
        diag_text = "\n".join(d.get("message", "") for d in cat["diagnostics"])
        found = [i for i in linked if i in on_entry]
        missed = [i for i in linked if i not in on_entry]
        unreported = [i for i in missed if i not in diag_text]
        titles = [e.get("title", "") for e in entries]
        junks = [t for t in titles if junk(t)]
        suspects = [t for t in titles if suspect(t)]
        n = len(linked)
        rows.append((name, n, len(found), len(entries), sum(1 for t in titles if t), len(junks), len(suspects), len(unreported), missed, junks + suspects))
        for k, v in zip(("linked", "found", "entries", "titled", "junk", "suspect", "unreported"), (n, len(found), len(entries), sum(1 for t in titles if t), len(junks), len(suspects), len(unreported))):
            tot[k] += v
    verbose = os.environ.get("VERBOSE")
    print("| file | arXiv ids linked | found | recall | entries | titled | junk titles | suspect titles | unreported misses |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 100.0
    for name, n, f, e, titled, j, sus, u, missed, junks in rows:
        rec = f"{100.0 * f / n:.1f}%" if n else "—"
        if n: worst = min(worst, 100.0 * f / n)
        print(f"| {name} | {n} | {f} | {rec} | {e} | {titled} | {j} | {sus} | {u} |")
        if verbose and missed: print("   missed:", " ".join(missed[:30]))
        if verbose and junks: print("   junk/suspect:", junks[:10])
    n = tot["linked"]
    print(f"| **all {len(rows)} files** | {n} | {tot['found']} | {100.0 * tot['found'] / max(n, 1):.2f}% (lowest file {worst:.1f}%) | {tot['entries']} | {tot['titled']} | {tot['junk']} ({100.0 * tot['junk'] / max(tot['titled'], 1):.2f}%) | {tot['suspect']} ({100.0 * tot['suspect'] / max(tot['titled'], 1):.2f}%) | {tot['unreported']} |")

if __name__ == "__main__":
    main(sys.argv[2:], sys.argv[1])

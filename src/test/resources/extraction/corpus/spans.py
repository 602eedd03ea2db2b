#!/usr/bin/env python3
"""Fill in and check the character spans of the labelled extraction corpus.

For every <id>.json next to this script (or the ids given), each task's "quote" is looked up in
<id>.txt and "start"/"end" are set to its Java String offsets (UTF-16 code units), so that
text.substring(start, end) == quote. Two shorthands save typing the long items; the file is
rewritten with the full quote:
  "quote": "Chủ trì theo dõi, đôn đốc…"       the words up to the end of that line
  "quote": "Chủ trì theo dõi … Lãnh đạo Bộ."  from the first words to the first end words after them
A quote must occur exactly once in the text (lengthen it otherwise), unless the document repeats an
item word for word: then "nth": 2 picks the second occurrence once, and the start written then keeps
the choice on later runs. Tasks are sorted by start and must not overlap. Exit status 1 on any problem, with one line per problem.

  python3 spans.py            # all documents
  python3 spans.py ID [ID…]   # some documents
  python3 spans.py --check    # report only, rewrite nothing
"""
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ELLIPSIS = "\u2026"


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def occurrences(text, part):
    found, i = [], text.find(part)
    while i >= 0:
        found.append(i)
        i = text.find(part, i + 1)
    return found


def expand(text, quote):
    """The full quote for a shorthand, or the quote itself."""
    if quote.endswith(ELLIPSIS) and quote.count(ELLIPSIS) == 1:
        head = quote[:-1]
        hits = occurrences(text, head)
        if len(hits) != 1:
            raise ValueError(f"{len(hits)} occurrences of the start «{head[:60]}»")
        line_end = text.find("\n", hits[0])
        line_end = len(text) if line_end < 0 else line_end
        return text[hits[0]:line_end].rstrip()
    marker = " " + ELLIPSIS + " "
    if quote.count(marker) == 1:
        head, tail = quote.split(marker)
        hits = occurrences(text, head)
        if len(hits) != 1:
            raise ValueError(f"{len(hits)} occurrences of the start «{head[:60]}»")
        stop = text.find(tail, hits[0] + len(head))
        if stop < 0:
            raise ValueError(f"end «{tail[:60]}» not found after «{head[:60]}»")
        return text[hits[0]:stop + len(tail)]
    return quote


def process(doc_id, rewrite):
    problems = []
    json_path, txt_path = HERE / f"{doc_id}.json", HERE / f"{doc_id}.txt"
    text = txt_path.read_text(encoding="utf-8")
    if not unicodedata.is_normalized("NFC", text):
        problems.append(f"{doc_id}: text is not NFC")
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    for task in doc["tasks"]:
        try:
            quote = expand(text, task["quote"])
        except ValueError as e:
            problems.append(f"{doc_id}: {e}")
            continue
        hits = occurrences(text, quote)
        starts = {utf16_len(text[:h]): h for h in hits}
        if len(hits) > 1 and task.get("start") in starts and task.get("quote") == quote:
            hits = [starts[task["start"]]]
        elif len(hits) > 1 and 1 <= task.get("nth", 0) <= len(hits):
            hits = [hits[task["nth"] - 1]]
        if len(hits) != 1:
            problems.append(f"{doc_id}: {len(hits)} occurrences of «{quote[:70]}»")
            continue
        task["quote"] = quote
        task["start"] = utf16_len(text[:hits[0]])
        task["end"] = task["start"] + utf16_len(quote)
    tasks = sorted((t for t in doc["tasks"] if "start" in t), key=lambda t: t["start"])
    for a, b in zip(tasks, tasks[1:]):
        if b["start"] < a["end"]:
            problems.append(f"{doc_id}: overlap «{a['quote'][:40]}» / «{b['quote'][:40]}»")
    if rewrite and not problems:
        order = ["quote", "start", "end", "lead", "coordinating", "deadline", "deadlineText"]
        doc["tasks"] = [{k: t.get(k) for k in order} for t in tasks]
        json_path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return problems, len(doc["tasks"])


def main(args):
    rewrite = "--check" not in args
    ids = [a for a in args if not a.startswith("--")] or sorted(p.stem for p in HERE.glob("*.json"))
    problems, total = [], 0
    for doc_id in ids:
        found, count = process(doc_id, rewrite)
        problems += found
        total += count
    for p in problems:
        print(p)
    print(f"{len(ids)} documents, {total} tasks, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

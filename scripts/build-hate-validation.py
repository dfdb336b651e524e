#!/usr/bin/env python3
"""Builds the topic-neutral validation of the hate model, and the topic tweets its training adds as not-hate, from
../shared/datasets (training and evaluation only: nothing here is copied into the repository).

The shipped hate model learned HatEval's topics (migration, women) rather than hate: on the official test set, where
many non-hateful tweets are about those groups, it flagged 85 % of them. TweetEval's val file does not show it, so
this validation adds non-hateful tweets *about* the targeted groups, from corpora whose labels say they are not hate:

- OLID (offensive/train and val) tweets labelled not-offensive that name a target group (not offensive: not hate);
- Davidson et al.'s "neither" tweets that name a target group;
- HatEval's own val tweets (both classes), which carry the hateful tweets that macro-F1 needs.

Each source is split by a hash of the text into a tuning part (two thirds) and a held-out part (one third): models
are chosen on the first and reported on both. Written files, all TSV `id<TAB>label<TAB>text` with label names:

  neutral-tune.tsv / neutral-heldout.tsv   non-hateful topic tweets (OLID + Davidson): the false-positive rate
  mixed-tune.tsv / mixed-heldout.tsv       the above plus the HatEval val tweets: macro-F1 with more topic negatives
  davidson-hate-vs-neither.tsv            the cross-source check: Davidson et al.'s hate speech vs neither
  augment-train.tsv                        SemEval sentiment tweets that name a target group, as not-hate, for
                                           training (a source the validation does not use)

Usage, from the repository root: python3 scripts/build-hate-validation.py [../shared/datasets] [OUT_DIR]
(OUT_DIR defaults to .hate-validation, which git ignores.)
"""
import csv
import glob
import hashlib
import os
import re
import sys

# Words that name a group HatEval targets (immigrants, women) or one hate commonly targets elsewhere (religions,
# origins). A tweet naming one is "about" a target group; this says nothing about its stance.
TARGETS = re.compile(
    r"\b(immigra\w*|migra\w*|refugee\w*|asylum|illegals?|deport\w*|borders?|muslim\w*|islam\w*|mosques?|hijab\w*|"
    r"sharia|women|woman|wom[ae]n's|girls?|feminis\w*|females?|wife|wives|lad(?:y|ies)|mexicans?|latin[oa]s?|"
    r"africans?|jews?|jewish|religio\w*|christians?|arabs?|syrians?|daca|dreamers?)\b",
    re.IGNORECASE)
HELD_OUT_EVERY = 3


def held_out(text):
    return hashlib.sha256(text.strip().lower().encode("utf-8")).digest()[0] % HELD_OUT_EVERY == 0


def tweeteval(datasets, split):
    texts = open(os.path.join(datasets, split + "_text.txt"), encoding="utf-8").read().split("\n")
    labels = open(os.path.join(datasets, split + "_labels.txt"), encoding="utf-8").read().split("\n")
    return [(t.strip(), int(l)) for t, l in zip(texts, labels) if t.strip() and l.strip()]


def clean(text):
    return " ".join(text.replace("\t", " ").split())


def build(datasets, out):
    neutral, hateval, augment, davidson = [], [], [], []
    for split in ("train", "val"):
        for text, label in tweeteval(os.path.join(datasets, "offensive"), split):
            if label == 0 and TARGETS.search(text):
                neutral.append(("olid", text))
    with open(os.path.join(datasets, "davidson", "labeled_data.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["class"] == "2" and TARGETS.search(row["tweet"]):
                neutral.append(("davidson", row["tweet"]))
            if row["class"] in ("0", "2"):
                davidson.append((f"davidson-{row['']}", "hate" if row["class"] == "0" else "not-hate", clean(row["tweet"])))
    for text, label in tweeteval(os.path.join(datasets, "hate"), "val"):
        hateval.append(("hateval", text, "hate" if label == 1 else "not-hate"))
    for path in sorted(glob.glob(os.path.join(datasets, "sentiment", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and TARGETS.search(parts[2]):
                    augment.append(parts[2])

    os.makedirs(out, exist_ok=True)
    seen = set()

    def unique(text):
        key = clean(text).lower()
        if key in seen:
            return False
        seen.add(key)
        return True

    neutral = [(source, clean(t)) for source, t in neutral if unique(t)]
    hateval = [(source, clean(t), label) for source, t, label in hateval if unique(t)]
    augment = [clean(t) for t in augment if unique(t)]
    counts = {}
    for part in ("tune", "heldout"):
        wanted = part == "heldout"
        rows = [(f"{source}-{i}", "not-hate", t) for i, (source, t) in enumerate(neutral) if held_out(t) == wanted]
        write(os.path.join(out, f"neutral-{part}.tsv"), rows)
        mixed = rows + [(f"{s}-{i}", label, t) for i, (s, t, label) in enumerate(hateval) if held_out(t) == wanted]
        write(os.path.join(out, f"mixed-{part}.tsv"), mixed)
        counts[part] = (len(rows), len(mixed), sum(1 for r in mixed if r[1] == "hate"))
    write(os.path.join(out, "davidson-hate-vs-neither.tsv"), davidson)
    write(os.path.join(out, "augment-train.tsv"), [(f"semeval-{i}", "not-hate", t) for i, t in enumerate(augment)])
    for part, (n, m, h) in counts.items():
        print(f"{part}: {n} topic-neutral tweets; mixed {m} ({h} hate)")
    print(f"augment-train: {len(augment)} topic tweets as not-hate")


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets", sys.argv[2] if len(sys.argv) > 2 else ".hate-validation")

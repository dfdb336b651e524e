#!/usr/bin/env python3
"""Fails when a file git tracks holds text of the research-use datasets in ../shared/datasets (sentiment, hate,
offensive, emotion), which must not be copied into the repository: a whole tweet (10 characters or more), raw or
decoded as the readers decode it, or any run of 8 consecutive words of one.

Usage, from the repository root: python3 scripts/check-fixture-texts.py [../shared/datasets]
"""
import pathlib
import re
import subprocess
import sys

SHINGLE_WORDS = 8
SHORTEST_WHOLE = 10


def decoded(text):
    """Undoes the SemEval files' CSV quoting and JSON escapes, roughly as SemEvalTsvFormat does."""
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = re.sub(r'"+', lambda run: '"' * ((len(run.group()) + 1) // 2), text[1:-1])
    text = re.sub(r'\\u([0-9a-fA-F]{4})', lambda hex_: chr(int(hex_.group(1), 16)), text)
    return text.replace('\\"', '"').replace('\\\\', '\\')


def shingles(text):
    words = re.findall(r"[a-z0-9']+", decoded(text).lower())
    return {' '.join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def research_use_texts(datasets):
    for path in sorted((datasets / 'sentiment').glob('*.tsv')):
        for line in path.read_text(encoding='utf-8', errors='replace').splitlines():
            columns = line.split('\t')
            if len(columns) >= 3:
                yield columns[2]
    for task in ('hate', 'offensive', 'emotion'):
        for path in sorted((datasets / task).glob('*_text.txt')):
            yield from path.read_text(encoding='utf-8', errors='replace').splitlines()


def main():
    datasets = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/datasets')
    whole, grams, count = set(), set(), 0
    for text in research_use_texts(datasets):
        count += 1
        whole.update(form for form in (text.strip(), decoded(text).strip()) if len(form) >= SHORTEST_WHOLE)
        grams |= shingles(text)

    tracked = subprocess.run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], capture_output=True, text=True, check=True).stdout.split('\0')
    scanned, hits = 0, 0
    for name in filter(None, tracked):
        try:
            content = pathlib.Path(name).read_text(encoding='utf-8')
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        scanned += 1
        for number, line in enumerate(content.splitlines(), 1):
            fields = {line.strip()} | {field.strip() for field in line.split('\t')}
            found = sorted({form for field in fields for form in (field, decoded(field)) if form in whole} | (shingles(line) & grams))
            if found:
                hits += 1
                print(f'{name}:{number}: {found[0]!r}')

    print(f'{count} research-use texts; {scanned} tracked text files; {hits} lines hold their text', file=sys.stderr)
    return 1 if hits else 0


if __name__ == '__main__':
    sys.exit(main())

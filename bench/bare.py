"""The baseline of the classify benchmark: the same files read by the same reader, each text run
through spaCy's blank pipeline for its language with only the sentencizer. Prints the number of
sentences. Usage: python bench/bare.py PATH..."""
from __future__ import annotations

import sys

import spacy

from claims.language import letter_counts
from claims.model import Document
from claims.reader import read_paths


def main() -> None:
    pipes = {}
    for lang in ("ar", "en"):
        pipes[lang] = spacy.blank(lang)
        pipes[lang].add_pipe("sentencizer")
    sentences = 0
    for document in read_paths(sys.argv[1:]):
        if isinstance(document, Document):
            arabic, latin = letter_counts(document.text)
            sentences += sum(1 for _ in pipes["ar" if arabic > latin else "en"](document.text).sents)
    print(sentences)


if __name__ == "__main__":
    main()

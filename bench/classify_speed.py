"""classify throughput against a bare spaCy blank pipeline with only the sentencizer, same text,
one run; and the same pipeline with spaCy's own tokenizer in place of the white-space one it
ships with. Usage: python bench/classify_speed.py [ROUNDS]. Prints a Markdown table row."""
from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import spacy

from claims.model import Document
from claims.pipeline import analyse
from claims.reader import read_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def corpus() -> list[Document]:
    paths = [REPO / "seeds", SHARED / "data" / "ggt-dev" / "rawtext", SHARED / "data" / "polnear-dev" / "text"]
    return [d for d in read_paths([p for p in paths if p.exists()]) if isinstance(d, Document)]


def bare(documents: list[Document]) -> float:
    pipes = {}
    for lang in ("ar", "en"):
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        pipes[lang] = nlp
    start = time.perf_counter()
    for document in documents:
        arabic = sum(1 for c in document.text if "\u0600" <= c <= "\u06ff")
        pipes["ar" if arabic > len(document.text) / 4 else "en"](document.text)
    return time.perf_counter() - start


def ours(documents: list[Document], spacy_tokens: bool = False) -> tuple[float, int]:
    start = time.perf_counter()
    sentences = sum(len(analyse(document, spacy_tokens).sentences) for document in documents)
    return time.perf_counter() - start, sentences


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    documents = corpus() * rounds
    ours(documents[:5])  # build the pipelines and load lexicons outside the timing
    ours(documents[:5], spacy_tokens=True)
    bare(documents[:5])
    ours_seconds, sentences = ours(documents)
    bare_seconds = bare(documents)
    spacy_tokens_seconds, _ = ours(documents, spacy_tokens=True)
    tracemalloc.start()  # a separate pass: tracing slows Python down and would skew the timing
    ours(documents[: max(1, len(documents) // rounds)])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    chars = sum(len(d.text) for d in documents)
    print("| documents | characters | sentences | claimsift s | bare sentencizer s | ratio | "
          "with spaCy's tokenizer s | ratio | sentences/s | peak traced MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {len(documents)} | {chars} | {sentences} | {ours_seconds:.2f} | {bare_seconds:.2f} | "
          f"{ours_seconds / bare_seconds:.2f}x | {spacy_tokens_seconds:.2f} | "
          f"{spacy_tokens_seconds / bare_seconds:.2f}x | {sentences / ours_seconds:.0f} | "
          f"{peak / 2**20:.1f} |")


if __name__ == "__main__":
    main()

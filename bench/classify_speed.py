"""classify throughput against a bare spaCy blank pipeline with only the sentencizer, same text,
one run; and the same pipeline with spaCy's own tokenizer in place of the white-space one it
ships with. Usage: python bench/classify_speed.py [ROUNDS]. Prints two Markdown tables: both
pipelines timed in this process, one after the other (wall clock), and each timed in processes
of its own, taking turns, ROUNDS times (CPU time of one pass, the least of two in a process):
in one process the bare pipeline's time moves with what ran before it, by as much as a third."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))  # this tree's claims, not the one the environment installed

import spacy  # noqa: E402

from claims.model import Document  # noqa: E402
from claims.pipeline import analyse  # noqa: E402
from claims.reader import read_paths  # noqa: E402


def corpus() -> list[Document]:
    paths = [REPO / "seeds", SHARED / "data" / "ggt-dev" / "rawtext", SHARED / "data" / "polnear-dev" / "text"]
    return [d for d in read_paths([p for p in paths if p.exists()]) if isinstance(d, Document)]


def bare_pipes() -> dict[str, spacy.language.Language]:
    pipes = {}
    for lang in ("ar", "en"):
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        pipes[lang] = nlp
    return pipes


def bare(documents: list[Document], pipes: dict | None = None) -> float:
    pipes = pipes or bare_pipes()
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


def one(kind: str) -> None:
    """In a process of its own: the CPU time of one pass of `kind` over the corpus, the least
    of two after a first pass (each pipeline's vocabulary then holds the corpus's words, as a
    running service's does: a fresh bare pipeline per pass would time its vocabulary's growth),
    as JSON."""
    documents = corpus()
    pipes = bare_pipes()
    run = {"ours": lambda docs: ours(docs)[0], "bare": lambda docs: bare(docs, pipes)}[kind]
    run(documents)
    times = []
    for _ in range(2):
        start = time.process_time()
        run(documents)
        times.append(time.process_time() - start)
    print(json.dumps({"kind": kind, "cpu": min(times)}))


def separate(rounds: int) -> None:
    timed: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(rounds):
        for kind in timed:
            done = subprocess.run([sys.executable, __file__, "--one", kind], check=True,
                                  capture_output=True, text=True, cwd=REPO)
            timed[kind].append(json.loads(done.stdout)["cpu"])
    least = {kind: min(times) for kind, times in timed.items()}
    middle = {kind: statistics.median(times) for kind, times in timed.items()}
    print()
    print("| processes each | claimsift CPU s (least, median) | bare sentencizer CPU s (least, "
          "median) | ratio of least | ratio of medians |")
    print("|---|---|---|---|---|")
    print(f"| {rounds} | {least['ours']:.2f}, {middle['ours']:.2f} | {least['bare']:.2f}, "
          f"{middle['bare']:.2f} | {least['ours'] / least['bare']:.2f}x | "
          f"{middle['ours'] / middle['bare']:.2f}x |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2])
    else:
        main()
        separate(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

"""Benchmark corpora of N articles, recombined from real sentences: each synthetic article copies
the shape of a real one (the seeds, the GGT and PolNeAR development articles), its language, its
number of sentences and where its paragraphs break, and fills every sentence slot with a real
sentence of the same language drawn at random. So the language mix and the sentence lengths are
those of the real articles. Files go to bench/corpora/N/ in folders of 1,000.

Usage: python bench/corpus.py N [N ...]   (reuses a corpus already built)"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from claims.model import Document
from claims.pipeline import analyse
from claims.reader import read_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = REPO / "bench" / "corpora"
PER_FOLDER = 1000


def templates() -> tuple[list[tuple[str, list[str]]], dict[str, list[str]]]:
    """The real articles' shapes (language, separators between sentences) and the sentence pool."""
    sources = [REPO / "seeds", SHARED / "data" / "ggt-dev" / "rawtext",
               SHARED / "data" / "polnear-dev" / "text"]
    shapes, pool = [], {"ar": [], "en": []}
    for document in read_paths([p for p in sources if p.exists()]):
        if not isinstance(document, Document):
            continue
        analysed = analyse(document)
        lang = "ar" if analysed.lang == "ar" else "en"
        sentences = analysed.sentences
        separators = ["\n\n" if "\n" in document.text[a.end:b.start] else " "
                      for a, b in zip(sentences, sentences[1:])] + ["\n"]
        shapes.append((lang, separators))
        pool[lang].extend(s.text for s in sentences if "\n" not in s.text)
    return shapes, pool


def build(size: int) -> Path:
    folder = CORPORA / str(size)
    done = folder / ".complete"
    if done.exists():
        return folder
    rng = random.Random(size)
    shapes, pool = templates()
    for number in range(size):
        lang, separators = rng.choice(shapes)
        text = "".join(rng.choice(pool[lang]) + separator for separator in separators)
        shard = folder / f"{number // PER_FOLDER:03d}"
        if number % PER_FOLDER == 0:
            shard.mkdir(parents=True, exist_ok=True)
        (shard / f"{number:06d}-{lang}.txt").write_text(text, encoding="utf-8")
    done.write_text(f"{size}\n")
    return folder


def describe(folder: Path) -> dict:
    files = list(folder.rglob("*.txt"))
    arabic = sum(1 for f in files if f.stem.endswith("-ar"))
    return {"documents": len(files), "arabic": arabic,
            "bytes": sum(f.stat().st_size for f in files)}


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        path = build(int(argument))
        print(path, describe(path))

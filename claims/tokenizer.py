"""The pipelines' tokenizer: one token per line of the text, and one per line break.

No component reads spaCy's tokens (they read the text and its character offsets), so the
language's rule-based tokenizer, about a quarter of the pipeline's time, is not run. The Doc's
text is the text, character for character. Registered so that a pipeline saved to disk loads
with it."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

LINES = "claimsift_lines"


class LineTokenizer:
    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = []
        for line in text.split("\n"):
            if line:
                words.append(line)
            words.append("\n")
        words.pop()  # the break after the last line, which the text does not have
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def to_disk(self, path, **kwargs) -> None:
        """Nothing to save: the tokenizer has no settings."""

    def from_disk(self, path, **kwargs) -> LineTokenizer:
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> LineTokenizer:
        return self


@spacy.registry.tokenizers(LINES)
def make_line_tokenizer():
    return lambda nlp: LineTokenizer(nlp.vocab)

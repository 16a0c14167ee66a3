"""The pipelines' tokenizer: each word of the text a token with the one space after it, as
spaCy keeps a token's trailing space, and any other run of white space a token of its own.

No component reads spaCy's tokens (they read the text and its character offsets), so the
language's rule-based tokenizer, about a quarter of the pipeline's time, is not run. The Doc's
text is the text, character for character. The tokens are words, not lines, so the vocabulary
grows with the words an article uses, as spaCy's own tokenizer makes it grow, and not with its
text. Registered so that a pipeline saved to disk loads with it."""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

RUNS = "claimsift_runs"
# a word with the one space after it (the token's trailing space, as spaCy's own tokenizer
# keeps it), or any other run of white space as a token of its own
_RUN = re.compile(r"\S+ ?|\s+")


class RunTokenizer:
    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        pieces = _RUN.findall(text)
        spaces = [piece[-1] == " " and not piece[0].isspace() for piece in pieces]
        words = [piece[:-1] if space else piece for piece, space in zip(pieces, spaces)]
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_disk(self, path, **kwargs) -> None:
        """Nothing to save: the tokenizer has no settings."""

    def from_disk(self, path, **kwargs) -> RunTokenizer:
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> RunTokenizer:
        return self


@spacy.registry.tokenizers(RUNS)
def make_run_tokenizer():
    return lambda nlp: RunTokenizer(nlp.vocab)

"""spaCy components of the claimsift pipeline, registered as factories on import."""
from claims.components import (  # noqa: F401
    attribution,
    filler,
    hedging,
    quotations,
    sentences,
    speakers,
)

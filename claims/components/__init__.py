"""spaCy components of the claimsift pipeline, registered as factories on import."""
from claims.components import attribution, filler, hedging, sentences, speakers  # noqa: F401

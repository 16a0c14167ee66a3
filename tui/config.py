"""The reviewer's settings file (TOML): key remapping and the Arabic display mode.

    [display]
    bidi = "shape"          # off | reorder | shape

    [keys]                  # binding id = key(s), comma-separated
    "label.sourced" = "1"
    "undo" = "ctrl+z,u"

Looked up at --config, else $CLAIMSIFT_CONFIG, else $XDG_CONFIG_HOME/claimsift/config.toml
(~/.config/claimsift/config.toml); a missing default file is fine, a broken one is an error.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tui.bidi import BidiMode


class ConfigError(Exception):
    """A settings file that cannot be used; one line naming the file and the value at fault."""


@dataclass(frozen=True)
class Settings:
    bidi: BidiMode = BidiMode.SHAPE
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def default_path() -> Path:
    if os.environ.get("CLAIMSIFT_CONFIG"):
        return Path(os.environ["CLAIMSIFT_CONFIG"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "claimsift" / "config.toml"


def load_settings(path: Path | None, binding_ids: set[str]) -> Settings:
    explicit = path is not None or bool(os.environ.get("CLAIMSIFT_CONFIG"))
    path = path or default_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such settings file")
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise ConfigError(f"{path}: {error}") from None
    unknown = set(data) - {"display", "keys"}
    if unknown:
        raise ConfigError(f"{path}: unknown section {sorted(unknown)[0]!r} (display, keys)")
    bidi = data.get("display", {}).get("bidi", BidiMode.SHAPE.value)
    try:
        mode = BidiMode(bidi)
    except ValueError:
        choices = ", ".join(m.value for m in BidiMode)
        raise ConfigError(f"{path}: display.bidi is {bidi!r}; expected one of {choices}") from None
    keys = data.get("keys", {})
    for binding_id, keys_value in keys.items():
        if binding_id not in binding_ids:
            raise ConfigError(f"{path}: unknown key binding {binding_id!r}; "
                              f"known: {', '.join(sorted(binding_ids))}")
        if not isinstance(keys_value, str) or not keys_value.strip():
            raise ConfigError(f"{path}: keys.{binding_id} must be a non-empty string")
    return Settings(bidi=mode, keys=dict(keys), path=path)

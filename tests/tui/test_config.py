"""The settings file: key remapping and display mode, with one-line errors."""
from __future__ import annotations

import pytest

from tui.app import binding_ids
from tui.bidi import BidiMode
from tui.config import ConfigError, load_settings


def test_settings_file_is_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[display]\nbidi = "off"\n[keys]\n"label.sourced" = "1"\n', encoding="utf-8")
    settings = load_settings(path, binding_ids())
    assert settings.bidi is BidiMode.OFF and settings.keys == {"label.sourced": "1"}


def test_missing_default_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMSIFT_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_settings(None, binding_ids()).bidi is BidiMode.SHAPE


@pytest.mark.parametrize("content, message", [
    ('[display]\nbidi = "mirror"\n', "display.bidi is 'mirror'"),
    ('[keys]\n"label.true" = "t"\n', "unknown key binding 'label.true'"),
    ('[keys]\n"undo" = ""\n', "keys.undo must be a non-empty string"),
    ('[colours]\n', "unknown section 'colours'"),
    ("[display\n", "config.toml"),
])
def test_bad_settings_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")) as error:
        load_settings(path, binding_ids())
    assert "\n" not in str(error.value)


def test_explicit_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such settings file"):
        load_settings(tmp_path / "nope.toml", binding_ids())

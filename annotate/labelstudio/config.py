"""The Label Studio labeling config for claimsift tasks, and the check that a project's config
has what claimsift reads back."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from claims.model import LABELS

HOTKEYS = {"sourced": "s", "speculative": "p", "boilerplate": "b"}
CHOICES = "label"  # the <Choices> name claimsift reads the label from
HEDGED, SPEAKER, NOTE = "hedged", "speaker", "note"
TARGET = "claim"


def labeling_config() -> str:
    """Context and claim as text laid out by each paragraph's own direction (unicode-bidi:
    plaintext, so Arabic is right to left and English left to right in one project), the three
    labels with hotkeys, a hedge flag, a speaker correction and a note."""
    choices = "\n".join(f'    <Choice value="{label}" hotkey="{HOTKEYS[label]}"/>' for label in LABELS)
    return f"""<View>
  <Style>
    .claimsift-text, .claimsift-text * {{ unicode-bidi: plaintext; text-align: start; }}
    .claimsift-claim {{ font-size: 1.15em; font-weight: 600; padding: 0.4em 0; }}
    .claimsift-context {{ opacity: 0.65; }}
  </Style>
  <Header value="$document · $lang · $kind → $suggested · speaker: $speaker_shown"/>
  <View className="claimsift-text">
    <View className="claimsift-context"><Text name="before" value="$before"/></View>
    <View className="claimsift-claim"><Text name="{TARGET}" value="$text"/></View>
    <View className="claimsift-context"><Text name="after" value="$after"/></View>
  </View>
  <Choices name="{CHOICES}" toName="{TARGET}" choice="single" showInline="true" required="true">
{choices}
  </Choices>
  <Choices name="{HEDGED}" toName="{TARGET}" choice="single" showInline="true">
    <Choice value="hedged" hotkey="h"/>
    <Choice value="not hedged"/>
  </Choices>
  <Header value="Speaker correction (leave empty when the speaker above is right)"/>
  <TextArea name="{SPEAKER}" toName="{TARGET}" maxSubmissions="1" editable="true" rows="1"/>
  <Header value="Note"/>
  <TextArea name="{NOTE}" toName="{TARGET}" maxSubmissions="1" editable="true" rows="2"/>
</View>
"""


def missing_from(config: str) -> str | None:
    """Why a project's config cannot carry claimsift labels, or None when it can."""
    try:
        root = ET.fromstring(config)
    except ET.ParseError as error:
        return f"its labeling config is not XML ({error})"
    for choices in root.iter("Choices"):
        if choices.get("name") == CHOICES:
            values = {c.get("value") for c in choices.iter("Choice")}
            if not set(LABELS) <= values:
                return (f'its <Choices name="{CHOICES}"> lacks '
                        + ", ".join(sorted(set(LABELS) - values)))
            return None
    return f'its labeling config has no <Choices name="{CHOICES}"> (see `claimsift ls config`)'

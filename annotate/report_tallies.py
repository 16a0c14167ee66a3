"""Report figures read from the running tallies (annotate/store/tallies.py): a few thousand rows
whatever the size of the corpus. Used for the whole-corpus report over the verdicts."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timezone

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from annotate.report import Activity, Comparison, Counts, fold_counts, hour_start
from annotate.stats import Agreement, finish_agreement
from annotate.store.models import TallyRow
from annotate.store.tallies import SEP, read
from claims.model import LABELS, SUGGESTED_LABEL

FACET = {"corpus": "corpus", "document": "document", "language": "language", "kind": "kind",
         "speaker": "speaker"}
YES_NO = {"1": "hedged", "0": "not hedged"}


class TallyQuery:
    scope = None

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows = _Facets(session)

    def group_counts(self, by: str) -> dict[str, Counts]:
        if by == "speaker":
            return self.speaker_counts()
        counts = self._pivot(FACET[by])
        if by == "document":
            return {int(key): c for key, c in counts.items()}
        return counts

    def _pivot(self, facet: str) -> dict[str, Counts]:
        """One row per group, the labels as columns (the database folds the rows)."""
        columns = [func.sum(case((TallyRow.label == label, TallyRow.n), else_=0))
                   for label in ("*", *LABELS, "disputed")]
        query = (select(TallyRow.key, *columns).where(TallyRow.facet == facet)
                 .group_by(TallyRow.key))
        return {key: Counts(*values) for key, *values in
                self.session.connection().execute(query)}

    def speaker_counts(self) -> dict[str, Counts]:
        documents = dict(self.session.execute(
            select(TallyRow.key, func.count())
            .where(TallyRow.facet == "speaker_doc", TallyRow.n > 0)
            .group_by(TallyRow.key)).all())
        return {key: replace(c, documents=documents.get(key, 0))
                for key, c in self._pivot("speaker").items() if c.claims}

    def comparison(self) -> tuple[Comparison, Comparison]:
        confusion = {(SUGGESTED_LABEL[kind], label): n for kind, _, label, n in self.rows["kind"]
                     if label in LABELS}
        hedged = {(YES_NO[key], YES_NO[label]): n for key, _, label, n in self.rows["hedged"]}
        return Comparison(confusion, LABELS), Comparison(hedged, ("hedged", "not hedged"))

    def activity(self) -> list[Activity]:
        total = sum(n for key, _, label, n in self.rows["corpus"] if label == "*")
        counts = fold_counts([(key, label, n) for key, _, label, n in self.rows["reviewer"]], {})
        hours: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for reviewer, hour, _, n in self.rows["activity"]:
            hours[reviewer].append((hour, n))
        out = []
        for reviewer in sorted(hours):
            seen = sorted(hours[reviewer])
            mine = counts.get(reviewer, Counts())
            out.append(Activity(
                reviewer, Counts(total, **{k: getattr(mine, k) for k in LABELS}),
                sum(n for _, n in seen), _at(seen[0][0]), _at(seen[-1][0], end=True), len(seen)))
        return out

    def agreement(self) -> Agreement:
        tables: dict = {}
        for key, a, b, n in self.rows["pair"]:
            first, second = key.split(SEP)
            tables.setdefault((first, second), {})[(a, b)] = n
        matrix: dict = defaultdict(float)
        for m, c, k, n in self.rows["coincidence"]:
            matrix[(c, k)] += n / (int(m) - 1)
        claims = sum(n for *_, n in self.rows["pairable"])
        return finish_agreement(tables, dict(matrix), claims)

    def adjudicated(self) -> int:
        return sum(n for *_, n in self.rows["final"])


class _Facets(dict):
    """Tally rows by facet, read from the database the first time a facet is asked for (the
    document facet alone can hold tens of thousands of rows)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def __missing__(self, facet: str) -> list[tuple[str, str, str, int]]:
        rows = [(key, sub, label, n) for _, key, sub, label, n in read(self.session, [facet])]
        self[facet] = rows
        return rows


def _at(hour: str, end: bool = False) -> datetime:
    return hour_start(datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=timezone.utc), end)

"""adjudications and finals (final labels); verdicts (what statistics count); reviewer hedge
flag; tallies (running counts for the statistics)

`verdicts` holds one row per reviewed claim: the final label when adjudicated, else the strict
majority of the reviewers' current labels, with the claim's grouping columns copied so that
`claimsift stats` scans one narrow table. It is kept on every write; this migration fills it from
the reviews a database already holds.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.add_column(sa.Column("hedged", sa.Boolean(), nullable=True))
    with op.batch_alter_table("reviews") as batch_op:
        batch_op.add_column(sa.Column("hedged", sa.Boolean(), nullable=True))
    op.create_table(
        "adjudications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("adjudicator", sa.String(length=128), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=True),
        sa.Column("speaker_correction", sa.String(length=512), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("hedged", sa.Boolean(), nullable=True),
        sa.Column("undoes_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_adjudications_claim", "adjudications", ["claim_id", "id"])
    op.create_index("ix_adjudications_adjudicator_id", "adjudications", ["adjudicator", "id"])
    op.create_index("ix_adjudications_undoes_id", "adjudications", ["undoes_id"])
    op.create_table(
        "finals",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("adjudicator", sa.String(length=128), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=True),
        sa.Column("speaker_correction", sa.String(length=512), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("hedged", sa.Boolean(), nullable=True),
        sa.Column("adjudication_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["adjudication_id"], ["adjudications.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id"),
    )
    op.create_table(
        "verdicts",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("predicted_hedged", sa.Boolean(), nullable=False),
        sa.Column("speaker", sa.String(length=512), nullable=True),
        sa.Column("label", sa.String(length=16), nullable=True),
        sa.Column("hedged", sa.Boolean(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("labels", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id"),
    )
    op.create_index("ix_verdicts_document", "verdicts", ["document_id"])
    op.create_index("ix_verdicts_labels", "verdicts", ["labels"])
    op.create_index("ix_verdicts_votes", "verdicts", ["votes"])
    op.execute(
        """
        INSERT INTO verdicts (claim_id, document_id, lang, kind, predicted_hedged, speaker, label,
                              hedged, votes, labels, final)
        SELECT c.id, c.document_id, c.lang, c.kind, c.hedged,
               coalesce((SELECT r.speaker_correction FROM reviews r
                         WHERE r.claim_id = c.id AND r.speaker_correction IS NOT NULL
                         ORDER BY r.annotation_id DESC LIMIT 1), c.speaker),
               (SELECT r.label FROM reviews r WHERE r.claim_id = c.id AND r.label IS NOT NULL
                GROUP BY r.label
                HAVING 2 * count(*) > (SELECT count(*) FROM reviews s
                                       WHERE s.claim_id = c.id AND s.label IS NOT NULL)),
               NULL,
               (SELECT count(*) FROM reviews r WHERE r.claim_id = c.id AND r.label IS NOT NULL),
               (SELECT count(DISTINCT r.label) FROM reviews r
                WHERE r.claim_id = c.id AND r.label IS NOT NULL),
               false
        FROM claims c WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id)
        """
    )


    op.create_table(
        "tallies",
        sa.Column("facet", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("sub", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "key", "sub", "label"),
    )
    # The counts are derived data: recount them with the code that keeps them.
    from annotate.store.tallies import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("tallies")
    op.drop_index("ix_verdicts_votes", table_name="verdicts")
    op.drop_index("ix_verdicts_labels", table_name="verdicts")
    op.drop_index("ix_verdicts_document", table_name="verdicts")
    op.drop_table("verdicts")
    op.drop_table("finals")
    op.drop_index("ix_adjudications_undoes_id", table_name="adjudications")
    op.drop_index("ix_adjudications_adjudicator_id", table_name="adjudications")
    op.drop_index("ix_adjudications_claim", table_name="adjudications")
    op.drop_table("adjudications")
    with op.batch_alter_table("reviews") as batch_op:
        batch_op.drop_column("hedged")
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.drop_column("hedged")

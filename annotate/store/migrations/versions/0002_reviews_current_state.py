"""reviews: each reviewer's current state per claim; annotations.undoes_id for undo

The annotations table stays the append-only history. `reviews` holds the newest entry of each
(claim, reviewer) so that queues, progress and statistics never have to scan the history.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.add_column(sa.Column("undoes_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_annotations_reviewer_id", ["reviewer", "id"], unique=False)
        batch_op.create_index("ix_annotations_undoes_id", ["undoes_id"], unique=False)
    op.create_table(
        "reviews",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=128), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=True),
        sa.Column("speaker_correction", sa.String(length=512), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["annotation_id"], ["annotations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id", "reviewer"),
    )
    op.create_index("ix_reviews_reviewer_label", "reviews", ["reviewer", "label"])
    op.create_index("ix_reviews_label", "reviews", ["label"])
    op.create_index("ix_claims_lang", "claims", ["lang"])
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    # Databases that already hold history get their current state from it.
    op.execute(
        """
        INSERT INTO reviews (claim_id, reviewer, label, speaker_correction, note, annotation_id,
                             updated_at)
        SELECT a.claim_id, a.reviewer, a.label, a.speaker_correction, a.note, a.id, a.created_at
        FROM annotations a
        WHERE a.id = (SELECT max(b.id) FROM annotations b
                      WHERE b.claim_id = a.claim_id AND b.reviewer = a.reviewer)
        """
    )


def downgrade() -> None:
    op.drop_index("ix_claims_document_id", table_name="claims")
    op.drop_index("ix_claims_lang", table_name="claims")
    op.drop_index("ix_reviews_label", table_name="reviews")
    op.drop_index("ix_reviews_reviewer_label", table_name="reviews")
    op.drop_table("reviews")
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.drop_index("ix_annotations_undoes_id")
        batch_op.drop_index("ix_annotations_reviewer_id")
        batch_op.drop_column("undoes_id")

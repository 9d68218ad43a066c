"""review: reviewers' verdicts on decided mail (ground truth of the live treffsikkerhet)

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('verdict', sa.Enum('approved', 'corrected', 'journalfoert', 'utenfor_scope', name='reviewverdict',
                                 native_enum=False, length=20), nullable=False),
    sa.Column('corrected', sa.JSON(), nullable=True),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mail_id', name='uq_review_mail')
    )


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_constraint('uq_review_mail', type_='unique')
    op.drop_table('review')

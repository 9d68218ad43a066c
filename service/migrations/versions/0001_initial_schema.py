"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 03:49:24.459304
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=998), nullable=True),
    sa.Column('tenant', sa.String(length=64), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('state', sa.Enum('received', 'parsed', 'classified', 'archived', 'left', 'failed', name='mailstate', native_enum=False, length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lease_owner', sa.String(length=100), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256', name='uq_mail_sha256')
    )
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.create_index('ix_mail_state_next', ['state', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_mail_tenant_message_id', ['tenant', 'message_id'], unique=False)

    op.create_table('classification',
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('model_version', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('confidence', sa.Double(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mail_id')
    )
    op.create_table('journalpost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('archive', sa.String(length=50), nullable=False),
    sa.Column('journalpost_id', sa.String(length=100), nullable=False),
    sa.Column('saksmappe', sa.String(length=50), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mail_id', name='uq_journalpost_mail')
    )
    op.create_table('mail_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=30), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('model_version', sa.String(length=100), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mail_event', schema=None) as batch_op:
        batch_op.create_index('ix_mail_event_mail', ['mail_id'], unique=False)

    op.create_table('parsed_content',
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('parser_version', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mail_id')
    )
    op.create_table('source_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('item_ref', sa.String(length=500), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'item_ref', name='uq_source_item')
    )


def downgrade() -> None:
    op.drop_table('source_item')
    op.drop_table('parsed_content')
    with op.batch_alter_table('mail_event', schema=None) as batch_op:
        batch_op.drop_index('ix_mail_event_mail')

    op.drop_table('mail_event')
    op.drop_table('journalpost')
    op.drop_table('classification')
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.drop_index('ix_mail_tenant_message_id')
        batch_op.drop_index('ix_mail_state_next')

    op.drop_table('mail')

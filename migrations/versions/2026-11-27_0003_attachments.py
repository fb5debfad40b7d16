"""Attachments: tus uploads in progress, and blobs stored once per study by SHA-256

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 23:57:54.907862
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.metadata

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("storage_key", sa.String(length=255), nullable=False),
        sa.Column("stored_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("first_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_device_id"],
            ["device.id"],
            name=op.f("fk_attachment_blob_first_device_id_device"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["study_id"],
            ["study.id"],
            name=op.f("fk_attachment_blob_study_id_study"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_blob")),
        sa.UniqueConstraint("study_id", "sha256", name=op.f("uq_attachment_blob_study_id")),
    )
    op.create_table(
        "attachment_upload",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("created_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", core.metadata.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.id"],
            name=op.f("fk_attachment_upload_device_id_device"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["study_id"],
            ["study.id"],
            name=op.f("fk_attachment_upload_study_id_study"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_upload")),
    )
    with op.batch_alter_table("attachment_upload", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_upload_device_id"), ["device_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_upload_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_upload_study_id"), ["study_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attachment_upload", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_upload_study_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_upload_expires_at"))
        batch_op.drop_index(batch_op.f("ix_attachment_upload_device_id"))

    op.drop_table("attachment_upload")
    op.drop_table("attachment_blob")

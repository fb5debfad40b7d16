"""Attachments: tus uploads, their part files, blob stores (local, S3) and sealing at rest."""

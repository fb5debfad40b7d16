"""Interviews read model: list, page, and read one anonymized interview with its history."""

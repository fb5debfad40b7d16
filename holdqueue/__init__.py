"""The privacy review queue's decisions: list held spans, release or confirm them.

Above `sync`: a decision rewrites the interview's stored answers as a new revision
(kind ``release`` or ``redaction``) through the same head recomputation as a
conflict resolution. Storage is `holds/`, below `sync`.
"""

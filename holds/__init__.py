"""The privacy review queue's storage: held spans, written by the push with a revision.

Below `sync` (the push writes here in the same transaction as the revision); the
decisions that rewrite stored answers live above `sync`, in `holdqueue/`.
"""

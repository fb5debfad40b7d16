"""The pull feed every writer emits to: per study, per enumerator, in commit order."""

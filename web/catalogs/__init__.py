"""One module per area of the web app, each with `ES` and `EN` dicts of the same keys."""

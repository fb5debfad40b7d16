"""The supervisor web app's templates, static assets and translations (no FastAPI here)."""

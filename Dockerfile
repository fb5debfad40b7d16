# Chasqui server image: slim Python, non-root, migrations applied before serving.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    CHASQUI_ATTACHMENT_DIR=/data/attachments \
    CHASQUI_DATABASE_URL=sqlite:////data/chasqui.db

WORKDIR /app
COPY pyproject.toml requirements.lock README.md alembic.ini ./
# Every package that pyproject.toml ships (tests/unit/test_dockerfile.py keeps the two in step).
COPY api ./api
COPY exports ./exports
COPY interviews ./interviews
COPY monitor ./monitor
COPY review ./review
COPY holdqueue ./holdqueue
COPY sync ./sync
COPY holds ./holds
COPY attachments ./attachments
COPY accounts ./accounts
COPY privacy ./privacy
COPY forms ./forms
COPY feed ./feed
COPY jobqueue ./jobqueue
COPY web ./web
COPY core ./core
COPY client ./client
COPY migrations ./migrations
RUN pip install -c requirements.lock ".[s3]" \
    && useradd --system --uid 10001 --home-dir /app chasqui \
    && mkdir -p /data && chown chasqui /data

USER chasqui
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"
# Behind a reverse proxy: set CHASQUI_FORWARDED_ALLOW_IPS to the proxy's address.
CMD ["sh", "-c", "chasqui db upgrade && exec chasqui serve --host 0.0.0.0 --port 8000"]

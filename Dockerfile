# One image for both the api and the worker; the same entrypoints as a local run.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 POSTMOTTAK_HOME=/data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY classifier ./classifier
COPY service ./service
COPY eval ./eval
COPY training_data/__init__.py ./training_data/__init__.py
COPY training_data/generator ./training_data/generator
# the base corpus the shipped model learned from: `postmottak train` and `eval replay` read it
COPY training_data/corpus ./training_data/corpus
RUN pip install --no-cache-dir . && useradd --system --home /data postmottak && mkdir -p /data && chown postmottak /data
USER postmottak
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["postmottak"]
CMD ["run"]

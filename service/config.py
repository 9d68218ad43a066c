"""All settings in one place (pydantic-settings).

Sources, strongest first: keyword arguments, environment variables
(``POSTMOTTAK_*``; nested fields with ``__``, e.g. ``POSTMOTTAK_API__PORT``), the
config file (``$POSTMOTTAK_CONFIG`` or ``$POSTMOTTAK_HOME/postmottak.toml``), defaults.
Secrets (passwords, client secrets) are given by environment or by a file path,
never in the repository.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DEFAULT_SCOPE = PACKAGE_DIR / "scope.example.yaml"
DEFAULT_MODEL = PROJECT_DIR / "classifier" / "models" / "default.joblib"


class InboxConfig(BaseModel):
    """One mailbox the worker polls.  ``kind`` picks the implementation in ``service.sources``."""

    name: str
    kind: Literal["dropfolder", "imap", "graph", "ews"] = "dropfolder"
    tenant: str | None = None  # None: read it from To/Delivered-To against the scope file
    path: Path | None = None  # dropfolder
    host: str | None = None  # imap / ews
    port: int | None = None
    username: str | None = None
    password: SecretStr | None = None
    folder: str = "INBOX"
    ssl: bool = True
    mailbox: str | None = None  # graph: user principal name / id of the shared mailbox
    tenant_id: str | None = None  # graph: Entra ID tenant
    client_id: str | None = None
    client_secret: SecretStr | None = None


class ApiConfig(BaseModel):
    host: str = "127.0.0.1"
    port: int = 8000


class SmtpConfig(BaseModel):
    """Where the daily treffsikkerhet report is sent from (``eval.mailer``)."""

    host: str
    port: int = 587
    username: str | None = None
    password: SecretStr | None = None
    starttls: bool = True  # upgrade the connection before logging in
    ssl: bool = False  # SMTPS from the first byte (port 465) instead of STARTTLS
    sender: str = "postmottak@localhost"
    timeout: float = 30.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="POSTMOTTAK_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    home: Path = Path("var")
    database_url: str | None = None  # default: SQLite in $POSTMOTTAK_HOME
    scope_file: Path = DEFAULT_SCOPE
    model_path: Path = DEFAULT_MODEL
    archive: Literal["local"] = "local"
    archive_dir: Path | None = None  # default: $POSTMOTTAK_HOME/archive
    cases_file: Path | None = None  # open cases (cases.jsonl) the local archive starts with
    inboxes: list[InboxConfig] = Field(default_factory=list)  # default: one drop folder
    poll_interval: float = 2.0  # seconds between inbox polls when idle
    max_attempts: int = 5  # tries of one step before a mail is set aside as failed
    lease_seconds: float = 300.0  # a worker's claim on a mail; a crashed worker's claim expires
    api: ApiConfig = Field(default_factory=ApiConfig)
    smtp: SmtpConfig | None = None  # None: the daily report is not e-mailed
    report_recipients: list[str] = Field(default_factory=list)  # project leads who get the daily report

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, _config_file()))

    @model_validator(mode="after")
    def _resolve_paths(self) -> "Settings":
        self.home = self.home.expanduser().absolute()
        if self.archive_dir is None:
            self.archive_dir = self.home / "archive"
        if not self.inboxes:
            self.inboxes = [InboxConfig(name="drop", kind="dropfolder", path=self.home / "inbox")]
        return self

    @cached_property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'postmottak.db'}"

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    def public_view(self) -> dict[str, Any]:
        """The settings with secrets hidden, for `postmottak config` and the health page."""
        data = self.model_dump(mode="json")
        if self.database_url and "@" in self.database_url:
            scheme, rest = self.database_url.split("://", 1)
            data["database_url"] = f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
        return data


def _config_file() -> Path | None:
    explicit = os.environ.get("POSTMOTTAK_CONFIG")
    if explicit:
        return Path(explicit)
    candidate = Path(os.environ.get("POSTMOTTAK_HOME", "var")) / "postmottak.toml"
    return candidate if candidate.exists() else None

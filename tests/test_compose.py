"""docker-compose.yml cannot run here (no Docker engine), so this runs what it runs: the same
`postmottak` entrypoints with the same commands, environment and health checks, against a real
PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def entrypoint() -> list[str]:
    exe = shutil.which("postmottak", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "service.cli"]


def test_compose_declares_api_worker_and_database_with_health_checks():
    services = COMPOSE["services"]
    assert set(services) == {"api", "worker", "db"}
    for name in services:
        assert services[name]["healthcheck"]["test"]
        assert services[name].get("volumes")
    assert services["api"]["command"] == ["api"] and services["worker"]["command"] == ["worker"]
    for name in ("api", "worker"):
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["postmottak"]' in dockerfile


@pytest.mark.postgres
def test_compose_entrypoints_run_and_pass_their_health_checks(tmp_path, postgres):
    url = postgres.create_database("compose")
    port = free_port()
    env = dict(os.environ, **{k: str(v) for k, v in COMPOSE["services"]["api"]["environment"].items()
                              if not k.endswith("DATABASE_URL")})
    env.update(POSTMOTTAK_HOME=str(tmp_path / "data"), POSTMOTTAK_DATABASE_URL=url, POSTMOTTAK_API__PORT=str(port),
               POSTMOTTAK_API__HOST="127.0.0.1", PYTHONPATH=str(ROOT))
    procs = {name: subprocess.Popen(entrypoint() + COMPOSE["services"][name]["command"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for name in ("worker", "api")}
    try:
        worker_check = COMPOSE["services"]["worker"]["healthcheck"]["test"][1:]  # drop "CMD"
        assert worker_check[0] == "postmottak"
        _wait(lambda: subprocess.run(entrypoint() + worker_check[1:], env=env, capture_output=True).returncode == 0,
              procs)
        _wait(lambda: _ok(f"http://127.0.0.1:{port}/health"), procs)
    finally:
        for p in procs.values():
            p.send_signal(signal.SIGTERM)
        for p in procs.values():
            p.wait(timeout=60)
    errors = {name: p.stderr.read().decode(errors="replace") for name, p in procs.items()}
    assert procs["worker"].returncode == 0, errors["worker"][-2000:]
    # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status tells how it ended
    assert procs["api"].returncode in (0, -signal.SIGTERM), errors["api"][-2000:]
    assert "Application shutdown complete" in errors["api"]
    assert "Traceback" not in errors["api"] + errors["worker"]


def _ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


def _wait(predicate, procs, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        for name, p in procs.items():
            assert p.poll() is None, f"{name} stoppet: {p.stderr.read()[-2000:]}"
        assert time.monotonic() < deadline, "tidsgrensen gikk ut"
        time.sleep(0.2)

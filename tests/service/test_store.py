import pytest

from service.store import RawStore, RawStoreError, sha256_hex


def test_put_is_content_addressed_and_idempotent(tmp_path):
    store = RawStore(tmp_path)
    raw = b"From: a@b.no\r\nSubject: x\r\n\r\nhei\r\n"
    d1 = store.put(raw)
    d2 = store.put(raw)
    assert d1 == d2 == sha256_hex(raw)
    assert store.get(d1) == raw
    assert len(list(tmp_path.rglob("*.eml"))) == 1


def test_get_refuses_changed_bytes(tmp_path):
    store = RawStore(tmp_path)
    digest = store.put(b"original")
    store.path(digest).write_bytes(b"changed")
    with pytest.raises(RawStoreError, match="endret"):
        store.get(digest)


def test_missing_and_invalid_keys(tmp_path):
    store = RawStore(tmp_path)
    with pytest.raises(RawStoreError, match="mangler"):
        store.get("0" * 64)
    with pytest.raises(RawStoreError, match="ugyldig"):
        store.path("../../etc/passwd")


def test_cleanup_removes_leftover_temp_files(tmp_path):
    store = RawStore(tmp_path)
    digest = store.put(b"x")
    leftover = store.path(digest).parent / ".tmp-abc.eml"
    leftover.write_bytes(b"half")
    assert store.cleanup_temp() == 1
    assert not leftover.exists()
    assert store.get(digest) == b"x"

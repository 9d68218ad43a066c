import os
import time

from service.sources.dropfolder import DropFolder


def _write(path, data, age=10.0):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    t = time.time() - age
    os.utime(path, (t, t))


def test_fetch_takes_settled_mail_files_only(tmp_path):
    _write(tmp_path / "a.eml", b"A")
    _write(tmp_path / "b.MSG", b"B")
    _write(tmp_path / ".c.eml", b"hidden")
    _write(tmp_path / "d.eml.tmp", b"being written")
    _write(tmp_path / "e.eml", b"too young", age=0.0)
    _write(tmp_path / "havoy" / "f.eml", b"F")
    box = DropFolder("drop", tmp_path, tenant="fjordvik", settle_seconds=5)
    items = {i.ref.split("#")[0]: i for i in box.fetch()}
    assert set(items) == {"a.eml", "b.MSG", os.path.join("havoy", "f.eml")}
    assert items["a.eml"].tenant == "fjordvik"
    assert items[os.path.join("havoy", "f.eml")].tenant == "havoy"


def test_acknowledge_removes_file(tmp_path):
    _write(tmp_path / "a.eml", b"A")
    box = DropFolder("drop", tmp_path, settle_seconds=0)
    (item,) = list(box.fetch())
    box.acknowledge(item)
    assert not (tmp_path / "a.eml").exists()
    assert list(box.fetch()) == []


def test_reused_file_name_is_a_new_item(tmp_path):
    box = DropFolder("drop", tmp_path, settle_seconds=0)
    _write(tmp_path / "scan.eml", b"first")
    (first,) = list(box.fetch())
    box.acknowledge(first)
    _write(tmp_path / "scan.eml", b"second")
    (second,) = list(box.fetch())
    assert first.ref != second.ref

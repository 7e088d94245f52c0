"""config/gunicorn.py lets more than one app server run on a machine."""

import runpy

from gunicorn.config import Config

from tests.scaling.conftest import ROOT


def load(monkeypatch, **environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = runpy.run_path(str(ROOT / "config" / "gunicorn.py"))
    config = Config()
    # Config.set refuses a name gunicorn does not know, so a renamed setting fails here.
    for name in ("bind", "workers", "timeout", "control_socket", "control_socket_disable"):
        config.set(name, settings[name])
    return config


def test_no_control_socket_unless_one_is_named(monkeypatch):
    monkeypatch.delenv("GUNICORN_CONTROL_SOCKET", raising=False)
    config = load(monkeypatch, GUNICORN_BIND="127.0.0.1:8201")
    assert config.control_socket_disable is True
    assert config.address == [("127.0.0.1", 8201)]


def test_each_server_may_name_its_own_control_socket(monkeypatch, tmp_path):
    config = load(monkeypatch, GUNICORN_CONTROL_SOCKET=str(tmp_path / "a.ctl"))
    assert config.control_socket_disable is False
    assert config.control_socket == str(tmp_path / "a.ctl")

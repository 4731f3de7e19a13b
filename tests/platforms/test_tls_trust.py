"""TLS trust: the OS trust store by default (truststore), the site's CA bundle as an override.

A CA made here signs a loopback HTTPS server's certificate; no machine-wide store is changed.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from vardmote_desktop.platforms.base import PlatformUnavailable
from vardmote_desktop.platforms.http import make_session, send

pytest.importorskip("cryptography")
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Pki:
    ca_file: Path  # the region's CA certificate (PEM)
    other_ca_file: Path  # a CA that did not sign the server
    cert_file: Path  # the server's certificate, for 127.0.0.1
    key_file: Path


def _ca(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    pem: bytes = cert.public_bytes(serialization.Encoding.PEM)
    return pem


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca_key, ca_cert = _ca("Regionens test-CA")
    _, other_cert = _ca("En annan CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder / "ca.pem", folder / "other-ca.pem", folder / "server.pem", folder / "key.pem")
    pki.ca_file.write_bytes(_pem(ca_cert))
    pki.other_ca_file.write_bytes(_pem(other_cert))
    pki.cert_file.write_bytes(_pem(cert))
    pki.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return pki


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: no access log on stderr


@pytest.fixture
def https_url(pki: Pki) -> Iterator[str]:
    """A loopback HTTPS server whose certificate the test CA signed."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.cert_file, pki.key_file)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    httpd.daemon_threads = True
    # A failed handshake raises in accept(): socketserver drops it quietly (an OSError).
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/api/v1/system/status"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_the_site_ca_bundle_is_trusted(pki: Pki, https_url: str) -> None:
    with make_session(ca_bundle=pki.ca_file) as session:
        response = send(session, "GET", https_url, timeout=(5.0, 5.0))
        assert response.status_code == 200 and response.json() == {"ok": True}


def test_a_ca_bundle_is_the_only_trust_when_set(
    pki: Pki, https_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even with the CA in the "system store", a bundle that lacks it is not trusted.
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    with (
        make_session(ca_bundle=pki.other_ca_file) as session,
        pytest.raises(PlatformUnavailable, match="TLS error"),
    ):
        send(session, "GET", https_url, timeout=(5.0, 5.0))


def test_an_unknown_ca_is_a_tls_error(https_url: str) -> None:
    # The test CA is in no store on this machine: the OS trust store refuses the server.
    with (
        make_session() as session,
        pytest.raises(PlatformUnavailable, match="TLS error") as raised,
    ):
        send(session, "GET", https_url, timeout=(5.0, 5.0))
    assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value)


@pytest.mark.skipif(sys.platform != "linux", reason="OpenSSL's default paths are Linux's store")
def test_the_os_trust_store_is_used_without_a_bundle(
    pki: Pki, https_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On Linux truststore verifies against OpenSSL's default store (/etc/ssl/certs);
    # SSL_CERT_FILE points that store at the test CA, as installing it would without root.
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with make_session() as session:
        response = send(session, "GET", https_url, timeout=(5.0, 5.0))
        assert response.status_code == 200


def test_the_environment_cannot_replace_the_session_trust(
    pki: Pki, https_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # requests would take REQUESTS_CA_BUNDLE (or certifi) over a session's verify: not here.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki.ca_file))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(pki.ca_file))
    with make_session() as session, pytest.raises(PlatformUnavailable, match="TLS error"):
        send(session, "GET", https_url, timeout=(5.0, 5.0))
    with (
        make_session(ca_bundle=pki.other_ca_file) as session,
        pytest.raises(PlatformUnavailable, match="TLS error"),
    ):
        send(session, "GET", https_url, timeout=(5.0, 5.0))


@pytest.mark.skipif(sys.platform != "linux", reason="OpenSSL's default paths are Linux's store")
def test_the_os_store_is_not_mixed_with_certifi(
    pki: Pki, https_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # requests adds its own bundle (certifi) to a verify=True connection: pretend that bundle
    # has the test CA. The OS store (here without it) must still be the only trust.
    import requests.adapters

    monkeypatch.setattr(requests.adapters, "DEFAULT_CA_BUNDLE_PATH", str(pki.ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.other_ca_file))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))  # empty
    with make_session() as session, pytest.raises(PlatformUnavailable, match="TLS error"):
        send(session, "GET", https_url, timeout=(5.0, 5.0))

"""Windows Credential Manager's generic credentials, in memory, behind pywin32-ctypes' calls.

Only for the one reader the app has besides keyring (platforms/os_secrets.py) on a machine
that is not Windows: keyring's own WinVaultKeyring writes into it and the reader reads from
it, so a test can hold them to the same places. What it keeps is what Windows documents for
CredWrite / CredRead / CredDelete with CRED_TYPE_GENERIC: one credential per target name
(case-insensitive), the blob as the bytes written (pywin32-ctypes writes a str as UTF-16-LE),
and ERROR_NOT_FOUND (1168) raised for a target that is not there.
"""

from __future__ import annotations

import types
from typing import Any

CRED_TYPE_GENERIC = 1
CRED_PERSIST_SESSION = 1
CRED_PERSIST_LOCAL_MACHINE = 2
CRED_PERSIST_ENTERPRISE = 3
ERROR_NOT_FOUND = 1168


class error(Exception):  # pywintypes.error's name
    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class CredentialManager:
    def __init__(self) -> None:
        self.credentials: dict[str, dict[str, Any]] = {}

    def modules(self) -> tuple[types.ModuleType, types.ModuleType]:
        """(win32cred, pywintypes) as pywin32-ctypes names them, over this store."""
        win32cred = types.ModuleType("win32ctypes.pywin32.win32cred")
        for name, value in {
            "CRED_TYPE_GENERIC": CRED_TYPE_GENERIC,
            "CRED_PERSIST_SESSION": CRED_PERSIST_SESSION,
            "CRED_PERSIST_LOCAL_MACHINE": CRED_PERSIST_LOCAL_MACHINE,
            "CRED_PERSIST_ENTERPRISE": CRED_PERSIST_ENTERPRISE,
            "CredRead": self.read,
            "CredWrite": self.write,
            "CredDelete": self.delete,
        }.items():
            setattr(win32cred, name, value)
        pywintypes = types.ModuleType("win32ctypes.pywin32.pywintypes")
        pywintypes.error = error  # type: ignore[attr-defined]
        return win32cred, pywintypes

    def read(self, Type: int, TargetName: str, Flags: int = 0) -> dict[str, Any]:
        found = self.credentials.get(TargetName.lower())
        if Type != CRED_TYPE_GENERIC or found is None:
            raise error(ERROR_NOT_FOUND, "CredRead", "Element not found.")
        return dict(found)

    def write(self, Credential: dict[str, Any], Flags: int = 0) -> None:
        blob = Credential["CredentialBlob"]
        stored = dict(Credential)
        stored["CredentialBlob"] = blob.encode("utf-16-le") if isinstance(blob, str) else blob
        self.credentials[Credential["TargetName"].lower()] = stored

    def delete(self, Type: int, TargetName: str, Flags: int = 0) -> None:
        if self.credentials.pop(TargetName.lower(), None) is None:
            raise error(ERROR_NOT_FOUND, "CredDelete", "Element not found.")

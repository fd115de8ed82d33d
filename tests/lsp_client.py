"""A small Language Server Protocol client over stdio, for driving yaml-language-server from the tests.

JSON-RPC messages with ``Content-Length`` headers go to the server's stdin;
a reader thread takes the server's messages from its stdout, answers the
server's own requests (configuration, registrations) and keeps the
diagnostics it publishes per document. Requests wait for their response.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import Any

TIMEOUT = 60.0


class LspError(Exception):
    """The server answered a request with an error, or did not answer in time."""


class LanguageServer:
    """One server process; :meth:`close` ends it."""

    def __init__(self, command: list[str], root: Path, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.next_id = 0
        self.responses: dict[int, queue.Queue[dict[str, Any]]] = {}
        self.diagnostics: dict[str, queue.Queue[list[dict[str, Any]]]] = {}
        self.lock = threading.Lock()
        self.writing = threading.Lock()
        self.configured = threading.Event()  # set when the server has asked for the settings
        self.threads = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._drain_stderr, daemon=True),
        ]
        for thread in self.threads:
            thread.start()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {
                    "textDocument": {
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "completion": {"completionItem": {"snippetSupport": True, "documentationFormat": ["markdown"]}},
                        "publishDiagnostics": {},
                    },
                    "workspace": {"configuration": True},
                },
            },
        )
        self.notify("initialized", {})
        self.configure(settings)

    def configure(self, settings: dict[str, Any]) -> None:
        """Change the settings (the server asks for them with ``workspace/configuration``, or takes them here)."""
        self.settings = settings
        self.configured.clear()
        self.notify("workspace/didChangeConfiguration", {"settings": settings})
        # The server asks for the settings it applies; a document opened before its answer would miss them.
        if not self.configured.wait(timeout=TIMEOUT):
            raise LspError(f"the server did not ask for its settings in {TIMEOUT:.0f} s")

    # --- the protocol ---------------------------------------------------------------------------

    def request(self, method: str, params: dict[str, Any]) -> Any:
        """Send a request and wait for its result."""
        with self.lock:
            self.next_id += 1
            ident = self.next_id
            self.responses[ident] = queue.Queue()
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        try:
            answer = self.responses[ident].get(timeout=TIMEOUT)
        except queue.Empty:
            raise LspError(f"{method}: no answer in {TIMEOUT:.0f} s") from None
        if "error" in answer:
            raise LspError(f"{method}: {answer['error']}")
        return answer.get("result")

    def notify(self, method: str, params: dict[str, Any]) -> None:
        """Send a notification (no answer)."""
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        with self.writing:  # the reader thread answers the server while the test thread sends
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return  # the server ended
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            self._dispatch(json.loads(stream.read(length)))

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for _ in self.process.stderr:
            pass

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "method" in message and "id" in message:  # the server asks
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": self._answer(message)})
            if message["method"] == "workspace/configuration":
                self.configured.set()  # answered: what is sent from now on meets the new settings
        elif "method" in message:
            if message["method"] == "textDocument/publishDiagnostics":
                params = message["params"]
                self._diagnostics_of(params["uri"]).put(params["diagnostics"])
        else:
            with self.lock:
                waiting = self.responses.get(message["id"])
            if waiting is not None:
                waiting.put(message)

    def _answer(self, message: dict[str, Any]) -> Any:
        if message["method"] == "workspace/configuration":
            return [self.settings.get(item.get("section", ""), None) for item in message["params"]["items"]]
        return None

    def _diagnostics_of(self, uri: str) -> queue.Queue[list[dict[str, Any]]]:
        with self.lock:
            return self.diagnostics.setdefault(uri, queue.Queue())

    # --- documents --------------------------------------------------------------------------------

    def open(self, path: Path, text: str | None = None) -> list[dict[str, Any]]:
        """Open ``path`` (its text, or ``text``) and return the diagnostics the server publishes for it."""
        uri = path.as_uri()
        published = self._diagnostics_of(uri)
        while not published.empty():
            published.get_nowait()
        content = path.read_text(encoding="utf-8") if text is None else text
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": content}},
        )
        try:
            return published.get(timeout=TIMEOUT)
        except queue.Empty:
            raise LspError(f"{path}: no diagnostics in {TIMEOUT:.0f} s") from None

    def close_document(self, path: Path) -> None:
        """Close a document opened with :meth:`open`."""
        self.notify("textDocument/didClose", {"textDocument": {"uri": path.as_uri()}})

    def hover(self, path: Path, line: int, character: int) -> str:
        """The hover text at a 0-based position, as markdown ('' when none)."""
        result = self.request(
            "textDocument/hover",
            {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}},
        )
        if not result:
            return ""
        contents = result["contents"]
        return str(contents["value"] if isinstance(contents, dict) else contents)

    def complete(self, path: Path, line: int, character: int) -> list[dict[str, Any]]:
        """The completion items at a 0-based position."""
        result = self.request(
            "textDocument/completion",
            {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}},
        )
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        return list(items)

    def close(self) -> None:
        """Shut the server down and end its process."""
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except (LspError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        for thread in self.threads:  # they end at the streams' end, once the process has
            thread.join(timeout=10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

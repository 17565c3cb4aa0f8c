"""A real SMTP server for the 80-delivery stage: aiosmtpd on 127.0.0.1 that requires STARTTLS
before AUTH and before mail, accepts one user, and stores every message it receives as
<n>.eml with <n>.json (envelope recipients, whether TLS was on, the login). Run in its own process
group by the stage, which kills the group when it ends."""
import argparse
import json
import pathlib
import signal
import socket
import ssl

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Store:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = self.folder / str(self.count)
        base.with_suffix(".eml").write_bytes(envelope.original_content)
        base.with_suffix(".json").write_text(json.dumps({
            "rcpt_tos": envelope.rcpt_tos,
            "mail_from": envelope.mail_from,
            "tls": session.ssl is not None,
            "login": session.auth_data.decode() if isinstance(session.auth_data, bytes) else session.auth_data,
        }))
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--mail", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
        return AuthResult(success=ok, auth_data=auth_data.login if ok else None)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = pathlib.Path(args.mail)
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(
        Store(folder), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
        authenticator=authenticate, auth_required=True, auth_require_tls=True)
    controller.start()
    pathlib.Path(args.port_file).write_text(str(port))
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()

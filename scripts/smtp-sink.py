#!/usr/bin/env python3
"""SMTP sink for the Mail package's tests, built on aiosmtpd.

Listens on 127.0.0.1, saves every accepted message as MAILDIR/<n>.eml (the bytes received after DATA, with dot-stuffing
removed) and its envelope as MAILDIR/<n>.json, prints "ready <port>" once listening and runs until killed.
"""
import argparse
import asyncio
import itertools
import json
import os
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult
except ImportError:
    print("aiosmtpd is not installed: pip install aiosmtpd", file=sys.stderr, flush=True)
    sys.exit(3)


class Sink:
    """aiosmtpd handler: refuses or defers configured recipients and stores accepted messages."""

    def __init__(self, maildir, reject, tempfail):
        self.maildir = maildir
        self.reject = {address.lower() for address in reject}
        self.tempfail = {address.lower() for address in tempfail}
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 Recipient rejected"
        if address.lower() in self.tempfail:
            return "451 4.3.0 Recipient temporarily unavailable, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        number = next(self.counter)
        base = os.path.join(self.maildir, str(number))
        write_atomically(base + ".json", json.dumps({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}).encode())
        write_atomically(base + ".eml", envelope.original_content)
        return "250 2.0.0 Message accepted"


def write_atomically(path, data):
    with open(path + ".tmp", "wb") as file:
        file.write(data)
    os.replace(path + ".tmp", path)


def tls_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == user.encode() and auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False)

    return check


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one")
    parser.add_argument("--maildir", required=True, help="directory for <n>.eml and <n>.json files")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"), help="offer STARTTLS with this certificate and key")
    parser.add_argument("--require-starttls", action="store_true", help="refuse commands other than EHLO/STARTTLS before TLS")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="implicit TLS from the first byte")
    parser.add_argument("--auth", metavar="USER:PASS", help="require AUTH PLAIN or LOGIN with these credentials")
    parser.add_argument("--auth-login-only", action="store_true", help="offer AUTH LOGIN but not AUTH PLAIN")
    parser.add_argument("--reject-rcpt", action="append", default=[], metavar="ADDRESS", help="answer 550 for this recipient")
    parser.add_argument("--tempfail-rcpt", action="append", default=[], metavar="ADDRESS", help="answer 451 for this recipient")
    return parser.parse_args()


async def main():
    arguments = parse_arguments()
    os.makedirs(arguments.maildir, exist_ok=True)
    handler = Sink(arguments.maildir, arguments.reject_rcpt, arguments.tempfail_rcpt)
    starttls = tls_context(*arguments.starttls) if arguments.starttls else None
    options = {"hostname": "localhost", "tls_context": starttls, "require_starttls": arguments.require_starttls}
    if arguments.auth:
        user, _, password = arguments.auth.partition(":")
        options.update(
            authenticator=authenticator(user, password),
            auth_required=True,
            auth_require_tls=bool(starttls),
            auth_exclude_mechanism=["PLAIN"] if arguments.auth_login_only else [],
        )
    implicit_tls = tls_context(*arguments.tls) if arguments.tls else None
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, **options), host="127.0.0.1", port=arguments.port, ssl=implicit_tls)
    print(f"ready {server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())

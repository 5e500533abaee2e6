#!/usr/bin/env python3
"""trustdesk-cli asks for a vault's passphrase on its terminal: on a pseudo-terminal, `init` asks
twice without echo and makes the vault, `list` asks once, a wrong answer is exit 4, and Ctrl-C at
the prompt ends the program with the terminal's echo restored. Stdlib only (pty).

Usage: vault_prompt.py --cli PATH
"""
import argparse
import os
import pty
import select
import signal
import sys
import tempfile
import termios
import time

PASSPHRASE = "a fictional passphrase"


def echo_on(fd):
    return bool(termios.tcgetattr(fd)[3] & termios.ECHO)


class Session:
    """trustdesk-cli on a new pseudo-terminal."""

    def __init__(self, cli, folder, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(folder)
                os.environ.pop("TRUSTDESK_PASSPHRASE_FILE", None)
                os.execv(cli, [cli, *args])
            finally:
                os._exit(127)
        self.output = b""

    def read_until(self, text, timeout=120):
        end = time.monotonic() + timeout
        while text.encode() not in self.output and time.monotonic() < end:
            if select.select([self.fd], [], [], 0.1)[0]:
                try:
                    self.output += os.read(self.fd, 4096)
                except OSError:
                    break
        return text.encode() in self.output

    def answer(self, line):
        os.write(self.fd, line.encode() + b"\n")

    def finish(self):
        self.read_until("\0", timeout=0.5)
        _, status = os.waitpid(self.pid, 0)
        self.read_until("\0", timeout=0.2)
        return os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(message)
            print("FAIL:", message, flush=True)

    with tempfile.TemporaryDirectory() as folder:
        s = Session(args.cli, folder, "--db", "cases.sqlite", "init", "--recovery-key-out", "recovery.txt")
        expect(s.read_until("New passphrase"), "init did not ask: %r" % s.output)
        expect(not echo_on(s.fd), "the echo is on while the passphrase is asked")
        s.answer(PASSPHRASE)
        expect(s.read_until("again"), "init did not ask a second time: %r" % s.output)
        s.answer(PASSPHRASE)
        code = s.finish()
        expect(code == 0, "init exited %d: %r" % (code, s.output))
        expect(PASSPHRASE.encode() not in s.output, "the passphrase was echoed")
        expect(os.path.exists(os.path.join(folder, "cases.sqlite.vault")), "no key file")

        s = Session(args.cli, folder, "--db", "cases.sqlite", "list")
        expect(s.read_until("Passphrase"), "list did not ask: %r" % s.output)
        s.answer(PASSPHRASE)
        code = s.finish()
        expect(code == 0, "list with the right passphrase exited %d: %r" % (code, s.output))

        s = Session(args.cli, folder, "--db", "cases.sqlite", "list")
        s.read_until("Passphrase")
        s.answer("not the passphrase")
        code = s.finish()
        expect(code == 4, "a wrong passphrase exited %d, not 4" % code)

        s = Session(args.cli, folder, "--db", "cases.sqlite", "list")
        s.read_until("Passphrase")
        expect(not echo_on(s.fd), "the echo is on while the passphrase is asked")
        os.write(s.fd, b"\x03")  # Ctrl-C: SIGINT from the terminal
        code = s.finish()
        expect(code == -signal.SIGINT, "Ctrl-C at the prompt: exit %d" % code)
        expect(echo_on(s.fd), "the echo stayed off after Ctrl-C")

    print("vault_prompt: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

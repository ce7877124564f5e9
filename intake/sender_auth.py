"""Sender authentication: whether a message really comes from the domain in its From address, found once at
intake and stored on the message (the decision only reads what was stored).

Four sources, each giving `AuthCheck`s:
- the Authentication-Results headers (RFC 8601) of the receiving servers named in `sender_auth.authserv_ids`,
  and only the topmost run of them (the ones our own servers added above everything the message brought
  with it): anyone can write such a header into a message, so one with another authserv-id, or one further
  down, is never read;
- our own DKIM verification of the message's signatures (dkimpy), with the keys looked up in DNS through
  the configured servers (or a lookup function given by the caller);
- a trusted internal relay, named by the topmost Received header (the one our own server wrote);
- a trusted mailbox, whose mail is authenticated by whatever fills it.

The verdict (`SenderAuthentication`) is `pass` when a check passed, with `aligned` saying whether its domain
is the From address's (equal, or one a subdomain of the other: DMARC's relaxed alignment without a public
suffix list, which only errs towards "not aligned"); `fail` when a check failed; `none` when the mail
carries nothing to check; `unknown` when nothing we trust could tell. ARC results are kept for people to
read but decide nothing: an intact ARC chain says who forwarded the mail, not that the From domain sent it.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable, Iterable
from email import policy
from email.parser import BytesHeaderParser
from typing import TYPE_CHECKING

import authres

from config import SenderAuthConfig
from intake.headers import address, header_bytes
from models.schemas import AuthCheck, MessageSource, SenderAuthentication
from models.status import SenderAuth

if TYPE_CHECKING:
    import dns.nameserver

# dkimpy and dnspython (a tenth of a second to import, with the DNS resolver's modules) are imported by
# the verification that uses them, not by every ingest that imports intake: most messages are never
# verified here (docs/benchmarks.md "Start-up").

__all__ = ["MAIL_SOURCES", "OWN_CHECK", "TxtLookup", "aligned", "authenticate", "dns_txt_lookup", "header_fields"]

log = logging.getLogger(__name__)

# The sources that receive mail from anyone: their senders are checked. A message posted to the API by a
# logged-in user, or ingested with the CLI by an operator, was handed over by someone we know.
MAIL_SOURCES = ("imap", "maildir")
# Who said it, for our own DKIM verification.
OWN_CHECK = "order-intake"
# A message carries few signatures; a pile of them is work a sender makes us do for nothing.
MAX_SIGNATURES = 5

# dkimpy's lookup: the TXT record of a name, as bytes; b"" or None when there is none. It raises
# `DnsTemporaryError` when DNS could not answer (the sender is then unknown, not failed).
TxtLookup = Callable[..., bytes | None]


class DnsTemporaryError(Exception):
    """DNS did not answer (a timeout, a server failure, no resolver): try again later, decide nothing."""


# What each method's results mean for us; anything else (neutral, policy, a result we do not know) is "none".
_PASS = {"pass"}
_FAIL = {"fail", "softfail", "permerror", "hardfail"}
_UNKNOWN = {"temperror"}
# The methods that say who sent the message. ARC is read and shown, not counted.
_SENDER_METHODS = ("dmarc", "dkim", "spf", "relay", "mailbox")


def header_fields(raw: bytes) -> list[tuple[str, str]]:
    """The message's header fields top down, as (lower-case name, unfolded value)."""
    try:
        msg = BytesHeaderParser(policy=policy.compat32).parsebytes(header_bytes(raw))
        items = list(msg.raw_items())
    except Exception:  # an unparseable header block has nothing we can trust
        return []
    return [(str(name).strip().lower(), " ".join(str(value).split())) for name, value in items]


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _clean(value: str, limit: int = 255) -> str:
    """A name as a sender wrote it, safe to store: no control characters (PostgreSQL refuses NUL in text), and
    no longer than its column."""
    return _CONTROL.sub("", value).strip()[:limit]


def _domain_of(value: str | None) -> str | None:
    """The domain of `user@domain`, `@domain` or `domain`, lower-case, without a trailing dot."""
    if not value:
        return None
    domain = _clean(value.strip().strip("<>").rsplit("@", 1)[-1].strip().rstrip(".").lower())
    return domain or None


def aligned(domain: str | None, from_domain: str | None) -> bool:
    """Whether an authenticated domain speaks for the From domain: the same, or one a subdomain of the other."""
    if not domain or not from_domain:
        return False
    return domain == from_domain or from_domain.endswith("." + domain) or domain.endswith("." + from_domain)


# ---------------------------------------------------------------- Authentication-Results


def _result_domain(result: authres.core.AuthenticationResult) -> str | None:
    """The domain a result is about: header.from for DMARC, header.d (or header.i) for DKIM, smtp.mailfrom
    (or smtp.helo) for SPF."""
    wanted = {"dmarc": ("header.from",), "dkim": ("header.d", "header.i"), "spf": ("smtp.mailfrom", "smtp.helo"),
              "arc": ("header.oldest-pass",)}.get(result.method, ())
    props = {f"{p.type}.{p.name}".lower(): p.value for p in result.properties}
    for key in wanted:
        if props.get(key):
            return _domain_of(str(props[key]))
    return None


def trusted_results(fields: list[tuple[str, str]], authserv_ids: Iterable[str], from_domain: str | None
                    ) -> list[AuthCheck]:
    """The results of the topmost run of Authentication-Results headers with a trusted authserv-id.

    The run starts at the first such header from the top and ends at the next Received header: what lies
    below it came with the message from elsewhere, and a header there claiming our server's name is forged.
    Within the run the topmost header's results of each method count (our server's last word)."""
    trusted = {i.strip().lower() for i in authserv_ids if i.strip()}
    if not trusted:
        return []
    checks: list[AuthCheck] = []
    seen: set[str] = set()
    started = False
    for name, value in fields:
        if name == "received" and started:
            break
        if name != "authentication-results":
            continue
        try:
            header = authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # a header without an authserv-id (or otherwise malformed) is no one we trust
            continue
        by = _clean(str(header.authserv_id or "").lower())
        if by not in trusted:
            continue
        started = True
        # One header may give a method several times (a DKIM result per signature): all of them count, and
        # a lower header's results of a method this one gave do not.
        given: set[str] = set()
        for result in header.results:
            method, outcome = str(result.method).lower(), str(result.result).lower()
            if method in seen:
                continue
            given.add(method)
            domain = _result_domain(result)
            checks.append(AuthCheck(by, method, outcome, domain, aligned(domain, from_domain)))
        seen |= given
    return checks


# ---------------------------------------------------------------- our own DKIM verification


def dns_txt_lookup(servers: list[str], timeout_s: float) -> TxtLookup:
    """dkimpy's TXT lookup through dnspython: the configured servers (`address` or `address:port`), or the
    system's resolver when none is configured."""

    def lookup(name: bytes | str, timeout: float = timeout_s) -> bytes | None:
        import dns.exception
        import dns.resolver

        qname = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        try:
            resolver = dns.resolver.Resolver(configure=not servers)
            if servers:
                resolver.nameservers = [_nameserver(s) for s in servers]
            answer = resolver.resolve(qname.rstrip("."), "TXT", lifetime=min(timeout, timeout_s))
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return None  # no key published: the signature cannot be verified (a permanent failure)
        except (dns.exception.DNSException, OSError) as exc:
            raise DnsTemporaryError(f"{qname}: {exc}") from exc
        for record in answer:
            return b"".join(record.strings)
        return None

    return lookup


def _nameserver(server: str) -> dns.nameserver.Nameserver:
    import dns.nameserver

    host, port = server.strip(), 53
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", host)
    if bracketed:
        host, port = bracketed.group(1), int(bracketed.group(2) or 53)
    elif host.count(":") == 1:
        host, port_text = host.split(":")
        port = int(port_text)
    return dns.nameserver.Do53Nameserver(host, port)


def own_dkim(raw: bytes, from_domain: str | None, lookup: TxtLookup, timeout_s: float) -> list[AuthCheck]:
    """Each DKIM signature of the message verified here (at most `MAX_SIGNATURES`); a `none` check when the
    message is not signed."""
    import dkim
    import dkim.util

    try:
        signer = dkim.DKIM(raw, timeout=int(max(1, timeout_s)))
        signatures = [value for name, value in signer.headers if name.lower() == b"dkim-signature"]
    except Exception as exc:  # a message dkimpy cannot read cannot be verified either
        log.info("DKIM: message not readable: %s", exc)
        return [AuthCheck(OWN_CHECK, "dkim", "permerror", None, False)]
    if not signatures:
        return [AuthCheck(OWN_CHECK, "dkim", "none", None, False)]
    checks = []
    for index, value in enumerate(signatures[:MAX_SIGNATURES]):
        try:
            tags = dkim.util.parse_tag_value(value)
            domain = _domain_of(tags.get(b"d", b"").decode("ascii", "replace"))
        except Exception:
            domain = None
        try:
            outcome = "pass" if signer.verify(idx=index, dnsfunc=lookup) else "fail"
        except DnsTemporaryError as exc:
            log.info("DKIM: key lookup failed: %s", exc)
            outcome = "temperror"
        except dkim.DKIMException as exc:
            log.info("DKIM: signature %d by %s not valid: %s", index, domain, exc)
            outcome = "fail"
        except Exception as exc:  # dkimpy on hostile input: a signature we cannot check is not a pass
            log.info("DKIM: signature %d by %s not checked: %s", index, domain, exc)
            outcome = "permerror"
        checks.append(AuthCheck(OWN_CHECK, "dkim", outcome, domain, aligned(domain, from_domain)))
    return checks


# ---------------------------------------------------------------- trusted relays and mailboxes

_RECEIVED_FROM = re.compile(r"^\s*from\s+(\S+)(.*?)(?:\bby\b|;|$)", re.IGNORECASE)
_BRACKETED = re.compile(r"\[(?:ipv6:)?([0-9a-f:.]+)\]", re.IGNORECASE)


def relay_check(fields: list[tuple[str, str]], relays: Iterable[str], from_domain: str | None) -> AuthCheck | None:
    """A pass when the topmost Received header (our own server's) says the message was handed over by a
    trusted relay, by address (in a configured network) or by name."""
    wanted = [r.strip().lower() for r in relays if r.strip()]
    if not wanted:
        return None
    top = next((value for name, value in fields if name == "received"), None)
    if top is None:
        return None
    found = _RECEIVED_FROM.match(top)
    if found is None:
        return None
    names = {found.group(1).lower().strip("[]")}
    handed_by = set(_BRACKETED.findall(found.group(2))) | set(_BRACKETED.findall(found.group(1)))
    for relay in wanted:
        try:
            network = ipaddress.ip_network(relay, strict=False)
        except ValueError:
            if relay in names:
                return AuthCheck(relay, "relay", "pass", from_domain, True)
            continue
        for ip in handed_by:
            try:
                if ipaddress.ip_address(ip) in network:
                    return AuthCheck(ip, "relay", "pass", from_domain, True)
            except ValueError:
                continue
    return None


def mailbox_check(source: MessageSource, mailboxes: Iterable[str], from_domain: str | None) -> AuthCheck | None:
    """A pass when the message came from a mailbox configured as trusted (`maildir`, or an IMAP mailbox's name)."""
    names = {m.strip() for m in mailboxes}
    name = "maildir" if source.kind == "maildir" else source.mailbox if source.kind == "imap" else None
    if name is None or name not in names:
        return None
    return AuthCheck(name, "mailbox", "pass", from_domain, True)


# ---------------------------------------------------------------- the verdict


def verdict(checks: list[AuthCheck], from_domain: str | None) -> SenderAuthentication:
    """One status from all checks: an aligned pass, else a failure, else an unaligned pass, else none, else
    unknown. Among equals, DMARC before DKIM before SPF before a relay or a mailbox."""
    counted = sorted((c for c in checks if c.method in _SENDER_METHODS),
                     key=lambda c: _SENDER_METHODS.index(c.method))

    def first(results: set[str], want_aligned: bool | None = None) -> AuthCheck | None:
        return next((c for c in counted if c.result in results
                     and (want_aligned is None or c.aligned == want_aligned)), None)

    every = tuple(checks)
    if (check := first(_PASS, True)) is not None:
        status = SenderAuth.PASS
    elif (check := first(_FAIL)) is not None:
        status = SenderAuth.FAIL
    elif (check := first(_PASS)) is not None:
        status = SenderAuth.PASS
    elif (check := next((c for c in counted if c.result not in _UNKNOWN), None)) is not None:
        status = SenderAuth.NONE
    else:
        return SenderAuthentication(SenderAuth.UNKNOWN, from_domain=from_domain, checks=every,
                                    by=counted[0].by if counted else None,
                                    method=counted[0].method if counted else None)
    return SenderAuthentication(status, check.method, check.domain, check.aligned, check.by, from_domain, every)


def authenticate(raw: bytes, source: MessageSource, config: SenderAuthConfig,
                 lookup: TxtLookup | None = None) -> SenderAuthentication:
    """What can be known of the sender's authenticity, from everything configured as trusted. Never raises.
    `lookup`: dkimpy's TXT lookup; by default one through the configured DNS servers."""
    fields = header_fields(raw)
    # The From address read as intake/headers.py reads it everywhere, so the domain checked is the one shown.
    from_domain = _domain_of(address(next((value for name, value in fields if name == "from"), None))[0])
    try:
        checks = trusted_results(fields, config.authserv_ids, from_domain)
        if config.verify_dkim and any(name == "dkim-signature" for name, _ in fields):
            checks += own_dkim(raw, from_domain, lookup or dns_txt_lookup(config.dns_servers, config.dns_timeout_s),
                               config.dns_timeout_s)
        elif config.verify_dkim:
            # Not signed: dkimpy would split the whole message (1 s for 64 MB) only to find no signature.
            checks.append(AuthCheck(OWN_CHECK, "dkim", "none", None, False))
        for extra in (relay_check(fields, config.trusted_relays, from_domain),
                      mailbox_check(source, config.trusted_mailboxes, from_domain)):
            if extra is not None:
                checks.append(extra)
    except Exception:  # a check that blew up proves nothing either way
        log.exception("sender authentication failed")
        return SenderAuthentication(SenderAuth.UNKNOWN, from_domain=from_domain)
    return verdict(checks, from_domain)

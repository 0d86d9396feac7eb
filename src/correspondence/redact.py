"""Secrets out of every text before anything is emitted.

Portal mail carries the keys to the requester's account: magic and confirmation links,
password-reset and activation links, one-time passcodes, temporary passwords. We replace
them with a marker that still says what was there, because "a login link was sent" is
useful to a reader, and the secret itself never is.

Two families, both conservative about what they keep rather than what they remove:

* links: a URL is removed whole when its path or query names an account action (login,
  confirm, activate, authorize, reset, magic, token, ...) or carries a long random-looking
  segment; a link to a help page or a plain request page is kept;
* labelled values: the value after "Temporary Password:", "One Time Passcode:",
  "verification code", "please enter:" and the like (same line or the next one);
* sign-in codes: a line that speaks of a code and of signing in, logging in or verifying
  ("Use the following code to sign in to the portal: 493027") labels the code after it,
  whatever words stand between; the value must hold a digit, so a statute ("Government
  Code") or a word is never taken for one.
"""

from __future__ import annotations

import re

LINK_MARK = "[redacted link]"
SECRET_MARK = "[redacted secret]"

_URL = re.compile(r"""(?i)\b(?:https?://|www\.)[^\s<>"')\]]+""")
_ACCOUNT_WORDS = re.compile(
    r"(?i)(token|confirm|activat|authori[sz]|passw|reset|magic|login|log-in|signin|sign_in|"
    r"sign-in|verify|verification|otp|passcode|session|auth|key=|code=|sig=|signature|invite|"
    r"unsubscribe|userid=|setpassword)"
)
_SEGMENT = re.compile(r"[A-Za-z0-9_\-]{8,}")
_HEX = re.compile(r"[0-9a-fA-F]{16,}")

_LABELLED = re.compile(
    r"(?im)(?P<label>\b(?:temporary\s+password|one[\s-]*time\s+pass(?:code|word)|passcode|"
    r"pass\s*code|password|verification\s+code|security\s+code|access\s+code|confirmation\s+code|"
    r"authentication\s+code|pin(?:\s+number)?|user\s+key)\b[^\n:]{0,40}?(?::|\bis\b|enter:?)"
    r"[ \t]*\r?\n?[ \t]*)(?P<value>[^\s<>]{4,64})"
)
# A line (^) that speaks of a code and of signing in or verifying; checked only at line
# starts, so the lookaheads cost a few steps a line.
_CODE_LINE = (
    r"(?im)^(?P<label>(?=[^\n]{0,200}?\bcodes?\b)"
    r"(?=[^\n]{0,200}?(?:sign[\s-]?in|log[\s-]?(?:in|on)|verif|authenticat|two[\s-]factor|\b2fa\b|one[\s-]time))"
)
# The code after it on that line ("...: 493027", "... is 493027", "... below." + the code) ...
_SIGN_IN_CODE = re.compile(
    _CODE_LINE + r"[^\n]{0,200}?(?::|\bis\b|\bbelow\b\.?)[ \t]*(?:\r?\n[ \t]*){0,2})"
    r"(?P<value>[A-Za-z0-9]{4,12})(?![\w/@-])"
)
# ... or the code alone on a line of its own, just below such a line.
_SIGN_IN_CODE_BELOW = re.compile(
    _CODE_LINE + r"[^\n]{0,300}\n(?:[ \t]*\r?\n){0,2}[ \t]*)"
    r"(?P<value>[A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{2,8}){0,2})[ \t]*\r?$"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Values that are words, not secrets ("Password: reset", "passcode is required").
_NOT_A_VALUE = re.compile(
    r"(?i)^(?:the|a|an|your|you|below|above|required|reset|expired?|sent|changed|will|must|"
    r"has|have|is|was|that|this|only|please|\[redacted)"
)


def _is_random(segment: str) -> bool:
    """A token, not words: hex, or a piece mixing digits and letters (slugs are words)."""
    if _HEX.fullmatch(segment) and not segment.isdigit():
        return True
    for piece in re.split(r"[-_]", segment):
        digits = sum(c.isdigit() for c in piece)
        letters = sum(c.isalpha() for c in piece)
        mixed_case = piece != piece.lower() and piece != piece.upper()
        if len(piece) >= 8 and digits >= 2 and letters >= 2 and (mixed_case or len(piece) >= 16):
            return True
    return False


def _redact_url(match: re.Match[str]) -> str:
    url = match.group(0)
    if _ACCOUNT_WORDS.search(url):
        return LINK_MARK
    if any(_is_random(segment) for segment in _SEGMENT.findall(url)):
        return LINK_MARK
    return url


def _redact_value(match: re.Match[str]) -> str:
    value = match.group("value")
    if _NOT_A_VALUE.match(value) or (value.rstrip(".").isalpha() and value.islower()):
        return match.group(0)
    return match.group("label") + SECRET_MARK


def _redact_code(match: re.Match[str]) -> str:
    value = match.group("value")
    # a year or a statute's section is not a code; a code holds a digit
    if not any(c.isdigit() for c in value) or _YEAR.fullmatch(value):
        return match.group(0)
    return match.group("label") + SECRET_MARK


def redact(text: str) -> str:
    """Replace secrets in ``text`` with markers."""
    if not text:
        return text
    text = _URL.sub(_redact_url, text)
    text = _LABELLED.sub(_redact_value, text)
    if "code" in text or "Code" in text or "CODE" in text:
        text = _SIGN_IN_CODE.sub(_redact_code, text)
        text = _SIGN_IN_CODE_BELOW.sub(_redact_code, text)
    return text

"""The rule files: they load, they are validated, every rule fires somewhere, none is slow."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from correspondence.errors import RuleError
from correspondence.models import EVENT_TYPES
from correspondence.rules.loader import (
    check_pattern,
    default_rules,
    expand,
    fast,
    gates,
    load_rules,
)
from fixture_walker import fixture_cases, run_fixture

RULES = default_rules()


def _write(tmp_path: Path, events: str = "", portal: str | None = None) -> Path:
    (tmp_path / "events").mkdir()
    (tmp_path / "portals").mkdir()
    if events:
        (tmp_path / "events" / "x.toml").write_text(events, encoding="utf-8")
    if portal:
        (tmp_path / "portals" / "p.toml").write_text(portal, encoding="utf-8")
    return tmp_path


def test_shipped_rules_load_with_unique_ids_and_known_types():
    ids = [r.id for r in RULES.rules]
    assert len(ids) == len(set(ids))
    assert all(r.type in EVENT_TYPES for r in RULES.rules)
    assert {p.id for p in RULES.portals} >= {
        "nextrequest", "govqa", "justfoia", "foiaonline", "foiaxpress", "fbi_efoipa", "muckrock",
    }
    # portal templates come first: they are the most specific wording
    first_event = next(i for i, r in enumerate(RULES.rules) if r.portal is None)
    assert all(r.portal is None for r in RULES.rules[first_event:])


def test_every_event_type_but_other_fallback_has_a_rule():
    covered = {r.type for r in RULES.rules}
    assert set(EVENT_TYPES) <= covered


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["x"]\ncolour = "red"\n', "colour"),
        ('[[rule]]\nid = "a"\ntype = "released"\npatterns = ["x"]\n', "unknown event type"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["(unclosed"]\n', "invalid regular expression"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["(a+)+b"]\n', "nested unbounded"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["x{3,}"]\n', "upper bound"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = []\n', "at least 1"),
        ('[[rule]]\nid = "Bad Id"\ntype = "release"\npatterns = ["x"]\n', "pattern"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["x"]\nsuppresses = ["nope"]\n', "unknown event type"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["x"]\nrole = "clerk"\n', "role"),
        ('[[rule]]\nid = "a"\ntype = "release"\npatterns = ["x"]\n[[rule]]\nid = "a"\ntype = "fee"\npatterns = ["y"]\n', "duplicate id"),
        ('[[rule]\nid = "a"\n', "not valid TOML"),
        ('[extra]\nx = 1\n', "unknown tables"),
    ],
)
def test_invalid_event_files_raise_rule_error_naming_file_and_reason(tmp_path, body, reason):
    directory = _write(tmp_path, events=body)
    with pytest.raises(RuleError) as err:
        load_rules(directory)
    assert "x.toml" in str(err.value)
    assert reason in str(err.value)


def test_rule_error_names_the_rule(tmp_path):
    body = '[[rule]]\nid = "ok"\ntype = "fee"\npatterns = ["x"]\n[[rule]]\nid = "agency.bad"\ntype = "fee"\npatterns = ["(a*)*"]\n'
    with pytest.raises(RuleError, match=r"rule 2 \(agency\.bad\)"):
        load_rules(_write(tmp_path, events=body))


def test_portal_file_needs_portal_table_and_its_rules_get_its_portal(tmp_path):
    with pytest.raises(RuleError, match="needs a \\[portal\\] table"):
        load_rules(_write(tmp_path, portal='[[rule]]\nid = "p.a"\ntype = "fee"\npatterns = ["x"]\n'))
    other = tmp_path / "second"
    other.mkdir()
    rules = load_rules(_write(other, portal='[portal]\nid = "acme"\nname = "Acme"\n[[rule]]\nid = "acme.a"\ntype = "fee"\npatterns = ["x"]\n'))
    assert rules.rules[0].portal == "acme"


def test_a_rule_may_not_claim_another_portal(tmp_path):
    body = '[portal]\nid = "acme"\nname = "Acme"\n[[rule]]\nid = "acme.a"\ntype = "fee"\nportal = "other"\npatterns = ["x"]\n'
    with pytest.raises(RuleError, match="portal must be 'acme'"):
        load_rules(_write(tmp_path, portal=body))


def test_space_in_a_pattern_matches_any_whitespace_and_stays_optional_when_marked():
    rx = check_pattern("we need additional time")
    assert rx.search("We  need\nadditional\t time")
    assert re.search(expand("follow ?-?up"), "followup") and re.search(expand("follow ?-?up"), "follow up")
    assert expand("[ ]x") == "[ ]x"  # spaces inside a class are left alone


def test_folded_pattern_finds_what_the_pattern_finds():
    regex, boundary = fast(r"\bFee Estimate\b")
    assert boundary and regex.pattern == r"fee\s+estimate\b"
    assert regex.search("the fee estimate is".lower())


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("thank you for registering", {"registering"}),
        (r"\b(?:cost|fee) (?:due|owed)", {"cost", "fee"}),
        (r"(?:a )?partial response", {"partial", "response"}),
        (r"record request #\d", {"record", "request"}),
        (r"\b(?:I|we) paid", {"paid"}),
        (r"(?:x|y)\d+", None),
    ],
)
def test_gate_words_are_words_every_match_contains(pattern, words):
    got = gates(expand(pattern))
    if words is None:
        assert got is None
    else:
        assert got is not None and got <= words


def test_gates_never_hide_a_match_on_the_fixtures():
    texts = []
    for path, _expected in fixture_cases():
        if path.suffix in (".eml", ".txt"):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for rule in RULES.rules:
        for regex, boundary, gate in rule.compiled:
            for text in texts:
                lower = text.lower()
                if regex.search(lower) and (gate is not None):
                    m = regex.search(lower)
                    assert m is not None
                    if not boundary or m.start() == 0 or not lower[m.start() - 1].isalnum():
                        assert any(w in lower for w in gate), (rule.id, gate)


def test_every_rule_fires_on_some_fixture():
    fired: set[str] = set()
    for path, expected in fixture_cases():
        _diffs, rules, _raw = run_fixture(path, expected)
        fired |= rules
    never = sorted(r.id for r in RULES.rules if r.id not in fired)
    assert not never, f"rules without a fixture that makes them fire: {never}"


_ADVERSARIAL = (
    "a" * 5000,
    ("word " * 2000),
    ("your request " * 800),
    ("records " * 1000) + "!",
    ("- " * 3000),
    ("#" + "1" * 4000),
    ("The City received your request and " * 300),
)


def test_no_pattern_backtracks_badly_on_long_adversarial_text():
    slowest = (0.0, "")
    for rule in RULES.rules:
        regexes = [rx for rx, _b, _g in rule.compiled]
        regexes += [x for x in (rule.veto, rule.veto_anywhere) if x is not None]
        for regex in regexes:
            for text in _ADVERSARIAL:
                t0 = time.perf_counter()
                regex.search(text.lower())
                took = time.perf_counter() - t0
                slowest = max(slowest, (took, f"{rule.id}: {regex.pattern[:60]}"))
    for portal in RULES.portals:
        for regex in (portal.marker_regex, portal.sender_regex):
            if regex is None:
                continue
            for text in _ADVERSARIAL:
                t0 = time.perf_counter()
                regex.search(text)
                slowest = max(slowest, (time.perf_counter() - t0, portal.id))
    # A hang detector, not a speed test: catastrophic backtracking takes seconds to hours.
    assert slowest[0] < 1.0, slowest

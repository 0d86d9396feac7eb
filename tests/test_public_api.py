"""The public names are exactly those in __all__, and each stage verb is exported."""

import correspondence


def test_public_names_are_declared():
    exported = {name for name in dir(correspondence) if not name.startswith("_")}
    declared = set(correspondence.__all__)
    assert declared <= exported | {"__version__"}
    for verb in ("read", "split", "clean", "recognize", "classify", "extract", "link", "parse",
                 "own_text"):
        assert callable(getattr(correspondence, verb))


def test_pipeline_states_the_stage_order():
    from correspondence.pipeline import MESSAGE_STAGES

    assert [name for name, _ in MESSAGE_STAGES] == ["split", "clean", "recognize", "classify", "extract"]


def test_models_are_frozen():
    import pytest
    from pydantic import ValidationError

    m = correspondence.Message(source="s", position=0)
    with pytest.raises(ValidationError):
        m.body = "changed"  # type: ignore[misc]

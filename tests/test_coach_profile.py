"""The profile's allow-list, ignored rules, own jargon, and language detection."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze

POST = "Night-time bruxism is common. Call us today for a free check-up!"


def rules(text: str, context: Context) -> set[str]:
    return {f.rule for f in analyze(text, context).findings}


def test_allow_list_silences_a_word_in_all_its_forms() -> None:
    assert "jargon.dentistry" in rules(POST, Context(language="en"))
    allowed = Context(language="en", allow_list=("Bruxism",))
    assert "jargon.dentistry" not in rules(POST, allowed)
    # the allow-list is about words: the spam is still there
    assert "spam.call-to-action" in rules(POST, allowed)
    plural = Context(language="fr", allow_list=("parodontite",))
    assert rules("Les parodontites se soignent.", plural) == set()


def test_allow_list_silences_rare_words() -> None:
    text = "I explain otalgia to every parent."
    assert "jargon.rare-word" in rules(text, Context(language="en"))
    assert "jargon.rare-word" not in rules(text, Context(language="en", allow_list=("otalgia",)))


@pytest.mark.parametrize(
    "ignored",
    [
        ("spam.call-to-action",),  # a rule
        ("spam.call-to-action:call us today",),  # "Ignore here": the finding's key
    ],
)
def test_ignored_rules_and_keys_are_honoured(ignored: tuple[str, ...]) -> None:
    found = rules(POST, Context(language="en", ignored_rules=ignored))
    assert "spam.call-to-action" not in found
    assert "jargon.dentistry" in found


def test_ignoring_a_category() -> None:
    found = rules(POST, Context(language="en", ignored_rules=("jargon",)))
    assert not any(rule.startswith("jargon.") for rule in found)
    assert "spam.discount" in found


def test_own_jargon_list_is_flagged_with_morphology() -> None:
    context = Context(language="en", own_jargon=("splinting", "guided bone regeneration"))
    report = analyze("We splinted the tooth, then planned guided bone regenerations.", context)
    own = [f.text for f in report.findings if f.rule == "jargon.own-list"]
    assert own == ["splinted", "guided bone regenerations"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Last week a patient told me a funny story about her dog.", "en"),
        ("La semaine dernière, une patiente m'a raconté une histoire drôle.", "fr"),
        ("J’ai enfin ouvert mon cabinet !", "fr"),
        ("Hooray!", "en"),
        ("https://www.boulangerie-exemple.fr", "fr"),
        # An address's pieces are no words: "be", "the", "my" in a link don't make it English.
        ("Nouvelle vidéo ! https://youtu.be/Qm3xP9", "fr"),
        ("Notre nouveau site : www.the-best-of-my-town.com", "fr"),
        ("Une pause avec vous 🙂 http://example.com/the/way/we/do/it", "fr"),
        ("New video! https://www.youtube.com/watch?v=le_dé", "en"),
        # The opening decides: a long French post quoting English further down stays French.
        (
            "Hier, une patiente m'est arrivée avec une question. " * 12
            + "I love the way you work.",
            "fr",
        ),
    ],
)
def test_language_is_detected_when_auto(text: str, language: str) -> None:
    assert analyze(text, Context(language="auto")).language == language


def test_given_language_is_used_as_is() -> None:
    report = analyze("Hello there, this is plainly English.", Context(language="fr"))
    assert report.language == "fr"

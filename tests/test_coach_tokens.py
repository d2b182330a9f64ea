"""The coach's tokenizer: where words, hashtags and sentences begin, whichever path reads them.

Findings are placed and rules decide through these tokens, so a word cut in two or a sentence
counted wrong moves an underline or changes a verdict the user sees.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from firsthand.composer.coach import Context, analyze
from firsthand.composer.coach.tokens import Tokens, sentence_spans, tokenize


def _view(tokens: Tokens, count: int | None = None) -> list[tuple[object, ...]]:
    rows = list(
        zip(
            tokens.starts,
            tokens.ends,
            tokens.texts,
            tokens.kinds,
            tokens.sentences,
            tokens.firsts,
            [forms.key for forms in tokens.forms],
            strict=True,
        )
    )
    return rows if count is None else rows[:count]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three? Four… Five", [["One"], ["Two"], ["Three"], ["Four"], ["Five"]]),
        ("Un.\nDeux\n\nTrois", [["Un"], ["Deux"], ["Trois"]]),
        ("She said “stop.” Then left", [["She", "said", "stop"], ["Then", "left"]]),
        ("Wait?! No... Yes", [["Wait"], ["No"], ["Yes"]]),
        ("version 2.5 is out", [["version", "2", "5", "is", "out"]]),  # a decimal point
        ("end.Next word", [["end", "Next", "word"]]),  # no space after the dot
        ("Fin ; suite : « oui ! » et voilà.", [["Fin", "suite", "oui"], ["et", "voilà"]]),
        # A title's period before a name ends nothing; at the end of a line it still does.
        (
            "I saw Dr. Okafor today. Then left",
            [["I", "saw", "Dr", "Okafor", "today"], ["Then", "left"]],
        ),
        (
            "Chez M. Durand et Mme. Roux. Merci",
            [["Chez", "M", "Durand", "et", "Mme", "Roux"], ["Merci"]],
        ),
        (
            "Call Dr. Lee at www.x.fr today. Bye",
            [["Call", "Dr", "Lee", "at", "www.x.fr", "today"], ["Bye"]],
        ),
        ("Taille M.\nSuite", [["Taille", "M"], ["Suite"]]),
        (
            "Wedding at St. Paul's today. Gov. Abbott came",
            [["Wedding", "at", "St", "Paul", "s", "today"], ["Gov", "Abbott", "came"]],
        ),
        (
            "Merci au Rev. Watt et à Ste. Anne. Fin",
            [["Merci", "au", "Rev", "Watt", "et", "à", "Ste", "Anne"], ["Fin"]],
        ),
        ("We live on Main St.\nCome by", [["We", "live", "on", "Main", "St"], ["Come", "by"]]),
    ],
)
def test_sentences_are_cut_where_a_reader_sees_them_end(
    text: str, sentences: list[list[str]]
) -> None:
    tokens = tokenize(text, "en")
    grouped: dict[int, list[str]] = {}
    for word, sentence in zip(tokens.texts, tokens.sentences, strict=True):
        grouped.setdefault(sentence, []).append(word)
    assert list(grouped.values()) == sentences


@pytest.mark.parametrize(
    ("text", "firsts"),
    [
        ("Dr. Okafor called.", [True, False, False]),  # the name after a title opens nothing
        ("#Monday Today we opened.", [True, True, False, False]),
        ("#a #b Hello there. #c Again", [True, True, True, False, True, True]),
        ("Hello #tag there", [True, False, False]),
    ],
)
def test_a_hashtag_before_the_first_word_does_not_end_the_sentence_opening(
    text: str, firsts: list[bool]
) -> None:
    assert tokenize(text, "en").firsts == firsts


@pytest.mark.parametrize("language", ["en", "fr"])
def test_decomposed_accents_give_the_same_words_as_precomposed_ones(language: str) -> None:
    composed = "Les élections à Noël, café crème. Déjà vu"
    decomposed = (
        "Les e\u0301lections a\u0300 Noe\u0308l, cafe\u0301 cre\u0300me. De\u0301ja\u0300 vu"
    )
    left, right = tokenize(composed, language), tokenize(decomposed, language)
    assert [forms.key for forms in left.forms] == [forms.key for forms in right.forms]
    assert left.sentences == right.sentences
    assert len(left.texts) == 8


def test_a_decomposed_accent_neither_hides_nor_moves_a_finding() -> None:
    context = Context(language="fr")
    composed = analyze("Nous sommes heureux de vous présenter nos élections.", context)
    decomposed = analyze(
        "Nous sommes heureux de vous pre\u0301senter nos e\u0301lections.", context
    )
    assert [(f.rule, unicodedata.normalize("NFC", f.text)) for f in decomposed.findings] == [
        (f.rule, f.text) for f in composed.findings
    ]
    assert any(f.category == "spam" for f in composed.findings)


_PROSE = st.lists(
    st.sampled_from(
        [*"abcXYZ éÉ12_.,;:!?…#'’\n\t\"”»)-", "www", "Dr.", "l'a", "Élu", "Mme. ", "M. R"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_every_path_of_the_tokenizer_reads_a_text_alike(text: str) -> None:
    """A plain text is read by a quick path; a combining mark or a link elsewhere in the post
    switches to the general ones. The words before that point must not change."""
    plain = tokenize(text, "en")
    count = len(plain.texts)
    # (an ending after a space: nothing in `text` joins it)
    with_mark = tokenize(text + " \u0301", "en")
    with_link = tokenize(text + " https://example.org", "en")
    assert _view(with_mark, count) == _view(plain)
    assert _view(with_link, count) == _view(plain)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
@example("www.”a")  # a link ran past a closing quote and the sentence end inside it
@example("Voir « www.site.fr ». Puis la suite.")
@example("www.'a")  # a period inside a link, before a quote, ends nothing
def test_every_token_lies_in_the_sentence_span_of_its_number(text: str) -> None:
    """Long-sentence findings underline spans[n] for the tokens numbered n: both must agree."""
    tokens = tokenize(text, "en")
    spans = sentence_spans(text)
    for start, end, sentence in zip(tokens.starts, tokens.ends, tokens.sentences, strict=True):
        first, last = spans[sentence]
        assert first <= start and end <= last


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Read it here ➡️ now", ["Read", "it", "here", "now"]),
        ("Merci ❤️ à tous ☀️", ["Merci", "à", "tous"]),
        ("Open 👩🏽‍⚕️ today", ["Open", "today"]),
        ("Cafe\u0301 ➡️ ici", ["Cafe\u0301", "ici"]),
    ],
)
def test_a_mark_after_an_emoji_is_not_a_word(text: str, words: list[str]) -> None:
    tokens = tokenize(text, "fr" if "ici" in text or "Merci" in text else "en")
    assert [t for t, k in zip(tokens.texts, tokens.kinds, strict=True) if k == "word"] == words


def test_a_line_and_an_arrow_to_a_link_is_still_just_a_link() -> None:
    text = "Our latest article on ingrown toenails is live! Read it here ➡️ https://example.co.uk/a"
    report = analyze(text, Context(language="en"))
    assert "spam.link-only" in {f.rule for f in report.findings}

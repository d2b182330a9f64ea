"""Length and network fit: over a network's limit, or over its hashtag cap."""

from __future__ import annotations

from .findings import from_rule
from .networks import find_network, hashtags, measure
from .packs import Pack, Rule
from .report import Context, Finding


def check_length(text: str, pack: Pack, context: Context) -> list[Finding]:
    findings: list[Finding] = []
    over = pack.rules.get("length.over-limit") or Rule(
        "length.over-limit", "length", "error", "Too long for {network}: {count}/{limit}.", 8
    )
    too_many_tags = pack.rules.get("length.hashtags") or Rule(
        "length.hashtags", "length", "error", "{network}: {count} hashtags, at most {limit}.", 8
    )
    tags: list[tuple[int, int]] | None = None  # found on first need, once for all networks
    for network in dict.fromkeys(n.casefold() for n in context.networks):
        info = find_network(network)
        if info is None:
            continue
        count, start = measure(text, info)
        if start is not None:
            findings.append(
                from_rule(
                    text, start, len(text), over, network=info.name, count=count, limit=info.limit
                )
            )
        if info.hashtag_limit is not None:
            if tags is None:
                tags = hashtags(text)
            if len(tags) > info.hashtag_limit:
                extra = tags[info.hashtag_limit :]
                findings.append(
                    from_rule(
                        text,
                        extra[0][0],
                        extra[-1][1],
                        too_many_tags,
                        network=info.name,
                        count=len(tags),
                        limit=info.hashtag_limit,
                    )
                )
    return findings

"""The coach: pure-Python analysis of a post (no Qt, no database).

analyze(text, context) -> Report       findings, kind, voice, score, language
network_count(text, network)           (count, limit) as that network counts
NETWORKS                               display name, limit and unit of each network
"""

from .analyzer import analyze
from .networks import NETWORKS, NetworkInfo, network_count
from .packs import load_all as load_rule_packs
from .report import (
    CATEGORIES,
    KINDS,
    Category,
    Context,
    Finding,
    GrammarStatus,
    Kind,
    Report,
    Severity,
)

__all__ = [
    "CATEGORIES",
    "KINDS",
    "NETWORKS",
    "Category",
    "Context",
    "Finding",
    "GrammarStatus",
    "Kind",
    "NetworkInfo",
    "Report",
    "Severity",
    "analyze",
    "load_rule_packs",
    "network_count",
]

"""Calendar views, scheduling, reminders, evaluation, .ics/CSV import and export.

The main window embeds `CalendarPage` (month, week, agenda, content mix, ideas backlog)
and `EvaluationPage` (results per network and "which kind of post works for me?").
"""

from .evaluation_view import EvaluationPage
from .page import CalendarPage

__all__ = ["CalendarPage", "EvaluationPage"]

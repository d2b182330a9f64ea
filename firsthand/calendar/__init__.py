"""Calendar views, scheduling, reminders, campaigns, .ics/CSV export."""

"""The post editor and its coach.

`coach/` is pure Python (no Qt) and is imported by the CLI, so this file imports nothing:
the widgets are reached by their modules, the main window by `composer.page.ComposerPage`.

    page.py            ComposerPage: the page the main window embeds
    editor.py          PostEditor: plain text, wavy underlines, hover tooltips
    offsets.py         code points ↔ Qt UTF-16 positions (the one place)
    live.py            debounced analysis, counts and grammar on workers; stale results dropped
    saving.py          PostWriter: autosave on a worker and explicit saves, serialised
    findings_panel.py  findings by category: Apply, Ignore here, Allow this word, grammar status
    coaching_panel.py  kind, score gauge, voice meter, checklist for the aimed kind
    templates.py       questions to start each good kind of post (resources/templates/)
    networks_panel.py  target networks, live counters, per-network variants, Copy for …
    preview.py         how the post looks on one network
    media_panel.py     attached images (services/media.py does the files and rows)
    schedule_panel.py  status, date, time, time zone, goal, labels
    history_dialog.py  earlier versions with a diff, restore
    dialogs.py         save conflict, keyboard shortcuts
    categories.py      colours and names of finding categories, kinds and principles
"""

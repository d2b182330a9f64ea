"""Fill a database with a plausible month of a dentist's posts, for screenshots and demos.

.venv/bin/python docs/screenshots/seed_demo.py /tmp/demo.db [--lang fr]
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from firsthand.services.posts import create_post, record_results
from firsthand.services.profiles import create_profile
from firsthand.store import open_store

EN = [
    (
        "story",
        "Last Tuesday a seven-year-old came in clutching a dinosaur. By the end he was "
        "naming my instruments after them: the mirror is now a pterodactyl.",
    ),
    (
        "experience",
        "In my practice I see the same thing every week: people brush too hard. "
        "A soft brush and small circles do more for your gums than force.",
    ),
    (
        "announcement",
        "Hooray, we finally opened our second chair! Thank you for waiting. "
        "Fewer weeks on the waiting list from Monday.",
    ),
    (
        "opinion",
        "I think whitening strips bought online do more harm than good. Here is what "
        "I have seen in twelve years of practice.",
    ),
    (
        "promotion",
        "Our clinic is pleased to offer a full range of services. Book NOW: "
        "limited offer, 20% off!",
    ),
    (
        "story",
        "A patient told me she hadn't smiled in photos for ten years. Yesterday she "
        "sent me her wedding picture. I cried a little.",
    ),
    (
        "experience",
        "Three things I tell every parent: first visit by age one, water after "
        "juice, and let them hold the mirror.",
    ),
]
FR = [
    (
        "story",
        "Mardi dernier, un petit garçon est arrivé avec son dinosaure. À la fin, il "
        "donnait des noms de dinosaures à tous mes instruments.",
    ),
    (
        "experience",
        "Dans mon cabinet, je le vois chaque semaine : on se brosse trop fort. "
        "Une brosse souple et de petits cercles suffisent.",
    ),
    (
        "announcement",
        "Youpi, on a enfin ouvert notre deuxième fauteuil ! Merci de votre "
        "patience : moins d'attente dès lundi.",
    ),
    (
        "opinion",
        "À mon avis, les kits de blanchiment achetés en ligne font plus de mal que "
        "de bien. Voici ce que j'ai vu en douze ans.",
    ),
    (
        "promotion",
        "Notre cabinet a le plaisir de vous proposer une gamme complète de "
        "services. N'hésitez pas à nous contacter !",
    ),
]
DRAFT_EN = (
    "Last Tuesday a patient came in worried sick: she had read online that bleeding gums "
    "mean periodontitis. We looked together, and it was a brush that was far too hard.\n\n"
    "What I told her: a soft brush, small circles, and floss gently every evening. Two weeks "
    "later she wrote to say the bleeding had stopped.\n\n"
    "Our clinic is pleased to offer a full range of services. Book NOW!!!"
)
DRAFT_FR = (
    "Mardi dernier, une patiente est arrivée inquiète : elle avait lu que des gencives qui "
    "saignent, c'est une parodontite. On a regardé ensemble : sa brosse était bien trop dure."
    "\n\nCe que je lui ai conseillé : une brosse souple, de petits cercles, et le fil "
    "dentaire en douceur. Deux semaines plus tard, plus de saignement.\n\n"
    "Notre cabinet a le plaisir de vous proposer une gamme complète de services !!!"
)
IDEAS_EN = [
    "A patient asked why her gums bleed when she flosses. Answer it in plain words.",
    "Behind the scenes: how we sterilise instruments between two patients.",
    "The funniest thing a child said in the chair this year.",
]
IDEAS_FR = [
    "Une patiente m'a demandé pourquoi ses gencives saignent : y répondre simplement.",
    "Les coulisses : comment on stérilise les instruments entre deux patients.",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    store = open_store(args.db)
    fr = args.lang == "fr"
    zone = "Europe/Paris"
    profile = create_profile(
        store,
        "Dr Ana Lopes",
        profession="dentiste" if fr else "dentist",
        topics=["dents", "gencives", "enfants"] if fr else ["teeth", "gums", "kids"],
        languages=[args.lang],
        networks=["facebook", "instagram", "linkedin", "x"],
        timezone=zone,
    )
    rng = random.Random(7)
    posts = FR if fr else EN
    today = datetime.now(ZoneInfo(zone)).date()
    start = today.replace(day=1) - timedelta(days=45)
    day = start
    i = 0
    while day < today + timedelta(days=30):
        kind, body = posts[i % len(posts)]
        when = datetime.combine(day, time(rng.choice([8, 9, 12, 18]), 0), ZoneInfo(zone))
        nets = rng.sample(["facebook", "instagram", "linkedin", "x"], rng.choice([1, 2]))
        past = day < today
        post = create_post(
            store,
            profile.id,
            body,
            kind=kind,
            status="published" if past else "scheduled",
            scheduled_at=when.astimezone(UTC),
            timezone=zone,
            networks=nets,
        )
        if past:
            for net in nets:
                boost = {"story": 3.0, "experience": 2.2, "announcement": 1.6}.get(kind, 0.6)
                record_results(
                    store,
                    post.id,
                    net,
                    published_at=when.astimezone(UTC),
                    url=f"https://{net}.example/{post.id}",
                    reach=int(rng.randint(200, 900) * boost),
                    reactions=int(rng.randint(5, 40) * boost),
                    comments=int(rng.randint(0, 8) * boost),
                    shares=int(rng.randint(0, 5) * boost),
                    new_followers=int(rng.randint(0, 4) * boost),
                    inquiries=int(rng.randint(0, 2) * boost),
                )
        day += timedelta(days=rng.choice([2, 3, 4]))
        i += 1
    for body in IDEAS_FR if fr else IDEAS_EN:
        create_post(store, profile.id, body, status="idea")
    create_post(store, profile.id, DRAFT_FR if fr else DRAFT_EN, status="draft", networks=["x"])
    store.dispose()
    print(f"demo database: {args.db}")


if __name__ == "__main__":
    main()

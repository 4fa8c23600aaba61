"""The seal's heads of the other streams are found by seeking each origin (a pull reseals after
every transaction); the answer is the one the GROUP BY query gave."""

import random
import sqlite3

from terminal.store.seal import _HEADS

GROUP_BY = ("SELECT f.origin, f.seq, f.hash FROM facts f JOIN (SELECT origin, max(seq) AS top FROM facts "
            "WHERE origin != ? GROUP BY origin) h ON f.origin = h.origin AND f.seq = h.top ORDER BY f.origin")


def test_each_other_origins_head_as_the_group_by_found_it():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE facts (origin INTEGER NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, "
                       "PRIMARY KEY (origin, seq))")
    assert connection.execute(_HEADS, (1,)).fetchall() == connection.execute(GROUP_BY, (1,)).fetchall() == []
    rng = random.Random(3)
    for origin in (1, 2, 5, 7, 40, 999):
        connection.executemany("INSERT INTO facts VALUES (?, ?, ?)",
                               [(origin, seq, f"{origin}-{seq}-{rng.random()}") for seq in
                                range(1, rng.randint(1, 300))])
    for own in (0, 1, 2, 7, 999, 1000):
        assert connection.execute(_HEADS, (own,)).fetchall() == connection.execute(GROUP_BY, (own,)).fetchall()

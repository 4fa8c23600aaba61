"""Head-office sync (SPEC section 7, SYNC.md): facts in per-origin streams, pushed and pulled
through PostgreSQL with row-level security; HQ's schema, registration, programs and reports.

``streams`` (push, pull, repair), ``engine`` (one sync), ``remote`` (member lookups and link
probes for the use cases), ``admin`` and ``register`` (HQ owns identity), ``report`` (the
chain's figures), ``credentials`` (the libpq password file), ``hq``/``hq_schema`` (connection,
schema)."""

"""Head-office sync (SPEC section 7): push what this terminal made, pull what others made,
idempotently by UUID, through a generic row store in PostgreSQL."""

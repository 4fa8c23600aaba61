"""The store manager's back office (SPEC 5): one window behind a manager's sign-in, a screen per module."""

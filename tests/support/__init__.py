"""What the tests start and build, below the fixtures: the environment (paths, free ports, skip or fail),
the service under test, PostgreSQL, Dovecot, the browser tests' server, and factories for orders,
messages, documents and catalogs. tests/conftest.py turns these into fixtures; a benchmark in bench/
may import them too. Nothing here imports bench/."""

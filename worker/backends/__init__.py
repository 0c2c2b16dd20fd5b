"""Storage behind the protocols: Redis for real, memory twins for fast unit tests."""

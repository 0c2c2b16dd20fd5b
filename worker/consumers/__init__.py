"""Stream consumers: the consumer-group loop, the shell bridge and the alerts consumer."""

"""Site profiles, settings and paths: what a PC needs to know before the log opens."""

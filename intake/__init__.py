"""Intake: sources of raw messages, raw storage with deduplication, MIME splitting."""

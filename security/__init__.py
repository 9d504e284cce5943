"""What protects the public site as a whole: its Content-Security-Policy and
the per-client rate limits on the expensive search endpoints."""

"""Qt widgets and dialogs. Knows the services, never SQL."""

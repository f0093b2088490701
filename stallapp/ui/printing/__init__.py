"""Print preview, printing and bundle generation widgets."""

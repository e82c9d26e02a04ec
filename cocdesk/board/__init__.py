"""The triage board's rules, without Qt: what a card shows, which cards a filter keeps, and moves."""

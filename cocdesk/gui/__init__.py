"""The station window: everything that shows or edits the core through Qt lives here."""

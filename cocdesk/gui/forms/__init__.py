"""Code generated from ui/*.ui and resources/cocdesk.qrc by packaging/build_ui.py."""

"""CoC Desk: the Code of Conduct safety desk."""

__version__ = "0.1.0"
APP_NAME = "CoC Desk"

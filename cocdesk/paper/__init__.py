"""Every paper document the desk produces, built in memory from the procedure and the case.

Each function returns a ``Document``: the PDF's bytes, its page count, its SHA-256 and the characters
no bundled font could print (shown on the page as their code point, like [U+1F9D1]). Nothing touches
the disk until the caller calls ``Document.save`` on a path the user chose.
"""

from cocdesk.paper.export import officer_export
from cocdesk.paper.handover import handover_sheet
from cocdesk.paper.page import Document
from cocdesk.paper.pocket_card import pocket_card
from cocdesk.paper.report_form import blank_form, filled_report
from cocdesk.paper.sheets import announcement_sheet, information_sheet
from cocdesk.paper.transparency import transparency_figures
from cocdesk.paper.transparency_report import transparency_markdown, transparency_report

__all__ = [
    "Document",
    "announcement_sheet",
    "blank_form",
    "filled_report",
    "handover_sheet",
    "information_sheet",
    "officer_export",
    "pocket_card",
    "transparency_figures",
    "transparency_markdown",
    "transparency_report",
]

"""The response wizard: one page per procedure step, over the Qt-free flow engine."""

from cocdesk.gui.wizard.start import PaperForm, ask_paper_form, enter_paper_form, new_report
from cocdesk.gui.wizard.widget import WizardWidget

__all__ = ["PaperForm", "WizardWidget", "ask_paper_form", "enter_paper_form", "new_report"]

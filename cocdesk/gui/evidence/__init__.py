"""Evidence in the window: the strip of thumbnails in the case view and the wizard's step, what is
dropped, pasted or chosen onto it, and the station's own viewer (images and PDFs, from memory)."""

from cocdesk.gui.evidence.strip import EvidenceStrip
from cocdesk.gui.evidence.viewer import EvidenceViewer

__all__ = ["EvidenceStrip", "EvidenceViewer"]

# generated — do not edit: change ui/handover_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(760, 520)
        self.handover_layout = QVBoxLayout(HandoverDialog)
        self.handover_layout.setObjectName(u"handover_layout")
        self.heading_label = QLabel(HandoverDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.handover_layout.addWidget(self.heading_label)

        self.cases_label = QLabel(HandoverDialog)
        self.cases_label.setObjectName(u"cases_label")

        self.handover_layout.addWidget(self.cases_label)

        self.cases_browser = QTextBrowser(HandoverDialog)
        self.cases_browser.setObjectName(u"cases_browser")
        self.cases_browser.setOpenLinks(False)
        self.cases_browser.setTabChangesFocus(True)

        self.handover_layout.addWidget(self.cases_browser)

        self.confirmed_label = QLabel(HandoverDialog)
        self.confirmed_label.setObjectName(u"confirmed_label")
        self.confirmed_label.setWordWrap(True)

        self.handover_layout.addWidget(self.confirmed_label)

        self.handover_buttons = QHBoxLayout()
        self.handover_buttons.setObjectName(u"handover_buttons")
        self.take_over_button = QPushButton(HandoverDialog)
        self.take_over_button.setObjectName(u"take_over_button")

        self.handover_buttons.addWidget(self.take_over_button)

        self.hand_over_button = QPushButton(HandoverDialog)
        self.hand_over_button.setObjectName(u"hand_over_button")

        self.handover_buttons.addWidget(self.hand_over_button)

        self.print_button = QPushButton(HandoverDialog)
        self.print_button.setObjectName(u"print_button")

        self.handover_buttons.addWidget(self.print_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_buttons.addItem(self.button_spacer)

        self.close_button = QPushButton(HandoverDialog)
        self.close_button.setObjectName(u"close_button")

        self.handover_buttons.addWidget(self.close_button)


        self.handover_layout.addLayout(self.handover_buttons)

#if QT_CONFIG(shortcut)
        self.cases_label.setBuddy(self.cases_browser)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Shift handover", None))
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Which handover", None))
#endif // QT_CONFIG(accessibility)
        self.cases_label.setText(QCoreApplication.translate("HandoverDialog", u"&Open cases, by code (no reporter or witness is named)", None))
#if QT_CONFIG(accessibility)
        self.cases_browser.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Open cases handed over", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cases_browser.setAccessibleDescription(QCoreApplication.translate("HandoverDialog", u"Each open case by code: its next step, owner, deadline, what was promised to the reporter and when, and anything overdue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmed_label.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Who confirmed", None))
#endif // QT_CONFIG(accessibility)
        self.take_over_button.setText(QCoreApplication.translate("HandoverDialog", u"I &take over", None))
#if QT_CONFIG(tooltip)
        self.take_over_button.setToolTip(QCoreApplication.translate("HandoverDialog", u"Confirm that you have read this handover and take over the shift", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.take_over_button.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"I take over", None))
#endif // QT_CONFIG(accessibility)
        self.hand_over_button.setText(QCoreApplication.translate("HandoverDialog", u"&Hand over my shift", None))
#if QT_CONFIG(tooltip)
        self.hand_over_button.setToolTip(QCoreApplication.translate("HandoverDialog", u"Record these cases as handed over by you, now, for the next shift to confirm", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.hand_over_button.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Hand over my shift", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("HandoverDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("HandoverDialog", u"The handover sheet in the print preview, to print or save", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Print the handover sheet", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("HandoverDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


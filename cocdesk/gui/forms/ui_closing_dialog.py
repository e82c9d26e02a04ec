# generated — do not edit: change ui/closing_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closing_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CloseEventDialog(object):
    def setupUi(self, CloseEventDialog):
        if not CloseEventDialog.objectName():
            CloseEventDialog.setObjectName(u"CloseEventDialog")
        CloseEventDialog.resize(900, 720)
        self.closing_layout = QVBoxLayout(CloseEventDialog)
        self.closing_layout.setObjectName(u"closing_layout")
        self.intro_label = QLabel(CloseEventDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.closing_layout.addWidget(self.intro_label)

        self.unfinished_cases_box = QGroupBox(CloseEventDialog)
        self.unfinished_cases_box.setObjectName(u"unfinished_cases_box")
        self.unfinished_layout = QVBoxLayout(self.unfinished_cases_box)
        self.unfinished_layout.setObjectName(u"unfinished_layout")
        self.unfinished_explain_label = QLabel(self.unfinished_cases_box)
        self.unfinished_explain_label.setObjectName(u"unfinished_explain_label")
        self.unfinished_explain_label.setWordWrap(True)

        self.unfinished_layout.addWidget(self.unfinished_explain_label)

        self.unfinished_table = QTableWidget(self.unfinished_cases_box)
        if (self.unfinished_table.columnCount() < 4):
            self.unfinished_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.unfinished_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.unfinished_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.unfinished_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.unfinished_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.unfinished_table.setObjectName(u"unfinished_table")
        self.unfinished_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unfinished_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unfinished_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unfinished_table.setColumnCount(4)
        self.unfinished_table.verticalHeader().setVisible(False)

        self.unfinished_layout.addWidget(self.unfinished_table)

        self.leave_row = QHBoxLayout()
        self.leave_row.setObjectName(u"leave_row")
        self.open_case_button = QPushButton(self.unfinished_cases_box)
        self.open_case_button.setObjectName(u"open_case_button")
        self.open_case_button.setAutoDefault(False)

        self.leave_row.addWidget(self.open_case_button)

        self.leave_space = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.leave_row.addItem(self.leave_space)

        self.leave_reason_label = QLabel(self.unfinished_cases_box)
        self.leave_reason_label.setObjectName(u"leave_reason_label")

        self.leave_row.addWidget(self.leave_reason_label)

        self.leave_reason_edit = QLineEdit(self.unfinished_cases_box)
        self.leave_reason_edit.setObjectName(u"leave_reason_edit")

        self.leave_row.addWidget(self.leave_reason_edit)

        self.leave_button = QPushButton(self.unfinished_cases_box)
        self.leave_button.setObjectName(u"leave_button")
        self.leave_button.setAutoDefault(False)

        self.leave_row.addWidget(self.leave_button)

        self.leave_row.setStretch(3, 1)

        self.unfinished_layout.addLayout(self.leave_row)

        self.cases_done_label = QLabel(self.unfinished_cases_box)
        self.cases_done_label.setObjectName(u"cases_done_label")
        self.cases_done_label.setWordWrap(True)

        self.unfinished_layout.addWidget(self.cases_done_label)

        self.unfinished_layout.setStretch(1, 1)

        self.closing_layout.addWidget(self.unfinished_cases_box)

        self.documents_box = QGroupBox(CloseEventDialog)
        self.documents_box.setObjectName(u"documents_box")
        self.documents_layout = QGridLayout(self.documents_box)
        self.documents_layout.setObjectName(u"documents_layout")
        self.officer_export_button = QPushButton(self.documents_box)
        self.officer_export_button.setObjectName(u"officer_export_button")
        self.officer_export_button.setAutoDefault(False)

        self.documents_layout.addWidget(self.officer_export_button, 0, 0, 1, 1)

        self.officer_saved_label = QLabel(self.documents_box)
        self.officer_saved_label.setObjectName(u"officer_saved_label")
        self.officer_saved_label.setWordWrap(True)

        self.documents_layout.addWidget(self.officer_saved_label, 0, 1, 1, 1)

        self.transparency_button = QPushButton(self.documents_box)
        self.transparency_button.setObjectName(u"transparency_button")
        self.transparency_button.setAutoDefault(False)

        self.documents_layout.addWidget(self.transparency_button, 1, 0, 1, 1)

        self.transparency_saved_label = QLabel(self.documents_box)
        self.transparency_saved_label.setObjectName(u"transparency_saved_label")
        self.transparency_saved_label.setWordWrap(True)

        self.documents_layout.addWidget(self.transparency_saved_label, 1, 1, 1, 1)

        self.documents_layout.setColumnStretch(1, 1)

        self.closing_layout.addWidget(self.documents_box)

        self.destruction_box = QGroupBox(CloseEventDialog)
        self.destruction_box.setObjectName(u"destruction_box")
        self.destruction_layout = QVBoxLayout(self.destruction_box)
        self.destruction_layout.setObjectName(u"destruction_layout")
        self.still_to_do_label = QLabel(self.destruction_box)
        self.still_to_do_label.setObjectName(u"still_to_do_label")
        self.still_to_do_label.setWordWrap(True)

        self.destruction_layout.addWidget(self.still_to_do_label)

        self.event_name_label = QLabel(self.destruction_box)
        self.event_name_label.setObjectName(u"event_name_label")
        self.event_name_label.setWordWrap(True)

        self.destruction_layout.addWidget(self.event_name_label)

        self.event_name_edit = QLineEdit(self.destruction_box)
        self.event_name_edit.setObjectName(u"event_name_edit")

        self.destruction_layout.addWidget(self.event_name_edit)

        self.destroy_row = QHBoxLayout()
        self.destroy_row.setObjectName(u"destroy_row")
        self.destroy_button = QPushButton(self.destruction_box)
        self.destroy_button.setObjectName(u"destroy_button")
        self.destroy_button.setAutoDefault(False)

        self.destroy_row.addWidget(self.destroy_button)

        self.destroy_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.destroy_row.addItem(self.destroy_space)

        self.destroy_row.setStretch(1, 1)

        self.destruction_layout.addLayout(self.destroy_row)


        self.closing_layout.addWidget(self.destruction_box)

        self.problem_label = QLabel(CloseEventDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setVisible(False)
        self.problem_label.setWordWrap(True)

        self.closing_layout.addWidget(self.problem_label)

        self.room_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closing_layout.addItem(self.room_space)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_row.addItem(self.bottom_space)

        self.not_now_button = QPushButton(CloseEventDialog)
        self.not_now_button.setObjectName(u"not_now_button")
        self.not_now_button.setAutoDefault(False)

        self.bottom_row.addWidget(self.not_now_button)

        self.bottom_row.setStretch(0, 1)

        self.closing_layout.addLayout(self.bottom_row)

        self.closing_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.leave_reason_label.setBuddy(self.leave_reason_edit)
        self.event_name_label.setBuddy(self.event_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unfinished_table, self.open_case_button)
        QWidget.setTabOrder(self.open_case_button, self.leave_reason_edit)
        QWidget.setTabOrder(self.leave_reason_edit, self.leave_button)
        QWidget.setTabOrder(self.leave_button, self.officer_export_button)
        QWidget.setTabOrder(self.officer_export_button, self.transparency_button)
        QWidget.setTabOrder(self.transparency_button, self.event_name_edit)
        QWidget.setTabOrder(self.event_name_edit, self.destroy_button)
        QWidget.setTabOrder(self.destroy_button, self.not_now_button)

        self.retranslateUi(CloseEventDialog)
        self.not_now_button.clicked.connect(CloseEventDialog.reject)

        QMetaObject.connectSlotsByName(CloseEventDialog)
    # setupUi

    def retranslateUi(self, CloseEventDialog):
        CloseEventDialog.setWindowTitle(QCoreApplication.translate("CloseEventDialog", u"Close the event", None))
        self.intro_label.setText(QCoreApplication.translate("CloseEventDialog", u"Closing the event is the team's last act at the desk. Reports are not passed on to successive teams: once the documents below are saved, the vault is destroyed and no one can read its reports again.", None))
        self.unfinished_cases_box.setTitle(QCoreApplication.translate("CloseEventDialog", u"1. Cases not yet filed or closed", None))
        self.unfinished_explain_label.setText(QCoreApplication.translate("CloseEventDialog", u"Finish each case (open it and carry on in the wizard), or leave it unfinished with a reason: it is closed as it stands, and the reason goes into its timeline.", None))
        ___qtablewidgetitem = self.unfinished_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CloseEventDialog", u"Case", None))
        ___qtablewidgetitem1 = self.unfinished_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CloseEventDialog", u"Status", None))
        ___qtablewidgetitem2 = self.unfinished_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CloseEventDialog", u"Received", None))
        ___qtablewidgetitem3 = self.unfinished_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CloseEventDialog", u"Title", None))
#if QT_CONFIG(accessibility)
        self.unfinished_table.setAccessibleName(QCoreApplication.translate("CloseEventDialog", u"Cases not yet filed or closed", None))
#endif // QT_CONFIG(accessibility)
        self.open_case_button.setText(QCoreApplication.translate("CloseEventDialog", u"&Open the case", None))
        self.leave_reason_label.setText(QCoreApplication.translate("CloseEventDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.leave_reason_edit.setAccessibleName(QCoreApplication.translate("CloseEventDialog", u"Reason to leave the case unfinished", None))
#endif // QT_CONFIG(accessibility)
        self.leave_reason_edit.setPlaceholderText(QCoreApplication.translate("CloseEventDialog", u"Why it is left unfinished, in a line", None))
        self.leave_button.setText(QCoreApplication.translate("CloseEventDialog", u"&Leave it unfinished", None))
        self.cases_done_label.setText(QCoreApplication.translate("CloseEventDialog", u"\u2713 Every case is filed or closed.", None))
        self.documents_box.setTitle(QCoreApplication.translate("CloseEventDialog", u"2. The last documents", None))
        self.officer_export_button.setText(QCoreApplication.translate("CloseEventDialog", u"Save the Officer's e&xport of the filed cases\u2026", None))
        self.transparency_button.setText(QCoreApplication.translate("CloseEventDialog", u"Save the &transparency report (PDF and Markdown)\u2026", None))
        self.destruction_box.setTitle(QCoreApplication.translate("CloseEventDialog", u"3. Destroy the vault", None))
        self.event_name_label.setText(QCoreApplication.translate("CloseEventDialog", u"To destroy the vault, type the event's name:", None))
#if QT_CONFIG(accessibility)
        self.event_name_edit.setAccessibleName(QCoreApplication.translate("CloseEventDialog", u"The event's name, typed to confirm", None))
#endif // QT_CONFIG(accessibility)
        self.destroy_button.setText(QCoreApplication.translate("CloseEventDialog", u"&Destroy the vault and close the event", None))
#if QT_CONFIG(accessibility)
        self.problem_label.setAccessibleName(QCoreApplication.translate("CloseEventDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.not_now_button.setToolTip(QCoreApplication.translate("CloseEventDialog", u"Close this window; the handover carries on where it was when you come back", None))
#endif // QT_CONFIG(tooltip)
        self.not_now_button.setText(QCoreApplication.translate("CloseEventDialog", u"Not &now", None))
    # retranslateUi


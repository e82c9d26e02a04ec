# generated — do not edit: change ui/event_settings_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_EventSettingsDialog(object):
    def setupUi(self, EventSettingsDialog):
        if not EventSettingsDialog.objectName():
            EventSettingsDialog.setObjectName(u"EventSettingsDialog")
        EventSettingsDialog.resize(720, 520)
        self.settings_layout = QVBoxLayout(EventSettingsDialog)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_tabs = QTabWidget(EventSettingsDialog)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.event_tab = QWidget()
        self.event_tab.setObjectName(u"event_tab")
        self.event_tab_layout = QVBoxLayout(self.event_tab)
        self.event_tab_layout.setObjectName(u"event_tab_layout")
        self.settings_tabs.addTab(self.event_tab, "")
        self.contacts_tab = QWidget()
        self.contacts_tab.setObjectName(u"contacts_tab")
        self.contacts_tab_layout = QVBoxLayout(self.contacts_tab)
        self.contacts_tab_layout.setObjectName(u"contacts_tab_layout")
        self.settings_tabs.addTab(self.contacts_tab, "")
        self.leads_tab = QWidget()
        self.leads_tab.setObjectName(u"leads_tab")
        self.leads_tab_layout = QVBoxLayout(self.leads_tab)
        self.leads_tab_layout.setObjectName(u"leads_tab_layout")
        self.settings_tabs.addTab(self.leads_tab, "")
        self.rules_tab = QWidget()
        self.rules_tab.setObjectName(u"rules_tab")
        self.rules_layout = QFormLayout(self.rules_tab)
        self.rules_layout.setObjectName(u"rules_layout")
        self.rules_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.auto_lock_label = QLabel(self.rules_tab)
        self.auto_lock_label.setObjectName(u"auto_lock_label")

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auto_lock_label)

        self.auto_lock_spin = QSpinBox(self.rules_tab)
        self.auto_lock_spin.setObjectName(u"auto_lock_spin")
        self.auto_lock_spin.setMinimum(1)
        self.auto_lock_spin.setMaximum(120)
        self.auto_lock_spin.setValue(5)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.auto_lock_spin)

        self.deadlines_group = QGroupBox(self.rules_tab)
        self.deadlines_group.setObjectName(u"deadlines_group")
        self.deadlines_layout = QFormLayout(self.deadlines_group)
        self.deadlines_layout.setObjectName(u"deadlines_layout")

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.deadlines_group)

        self.procedure_label = QLabel(self.rules_tab)
        self.procedure_label.setObjectName(u"procedure_label")

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_row = QHBoxLayout()
        self.procedure_row.setObjectName(u"procedure_row")
        self.procedure_edit = QLineEdit(self.rules_tab)
        self.procedure_edit.setObjectName(u"procedure_edit")

        self.procedure_row.addWidget(self.procedure_edit)

        self.browse_procedure_button = QPushButton(self.rules_tab)
        self.browse_procedure_button.setObjectName(u"browse_procedure_button")

        self.procedure_row.addWidget(self.browse_procedure_button)


        self.rules_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.procedure_row)

        self.settings_tabs.addTab(self.rules_tab, "")

        self.settings_layout.addWidget(self.settings_tabs)

        self.settings_message = QLabel(EventSettingsDialog)
        self.settings_message.setObjectName(u"settings_message")
        self.settings_message.setWordWrap(True)

        self.settings_layout.addWidget(self.settings_message)

        self.settings_buttons = QDialogButtonBox(EventSettingsDialog)
        self.settings_buttons.setObjectName(u"settings_buttons")
        self.settings_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.settings_layout.addWidget(self.settings_buttons)

#if QT_CONFIG(shortcut)
        self.auto_lock_label.setBuddy(self.auto_lock_spin)
        self.procedure_label.setBuddy(self.procedure_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventSettingsDialog)

        QMetaObject.connectSlotsByName(EventSettingsDialog)
    # setupUi

    def retranslateUi(self, EventSettingsDialog):
        EventSettingsDialog.setWindowTitle(QCoreApplication.translate("EventSettingsDialog", u"Event settings", None))
#if QT_CONFIG(accessibility)
        self.settings_tabs.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Event settings", None))
#endif // QT_CONFIG(accessibility)
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.event_tab), QCoreApplication.translate("EventSettingsDialog", u"Event", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.contacts_tab), QCoreApplication.translate("EventSettingsDialog", u"Crisis contacts", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.leads_tab), QCoreApplication.translate("EventSettingsDialog", u"Event Lead and Officer", None))
        self.auto_lock_label.setText(QCoreApplication.translate("EventSettingsDialog", u"&Lock after no input for", None))
#if QT_CONFIG(accessibility)
        self.auto_lock_spin.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Minutes without input before the station locks", None))
#endif // QT_CONFIG(accessibility)
        self.auto_lock_spin.setSuffix(QCoreApplication.translate("EventSettingsDialog", u" minutes", None))
        self.deadlines_group.setTitle(QCoreApplication.translate("EventSettingsDialog", u"Deadlines, in hours from when a report is received", None))
        self.procedure_label.setText(QCoreApplication.translate("EventSettingsDialog", u"Proced&ure file", None))
#if QT_CONFIG(accessibility)
        self.procedure_edit.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Procedure file", None))
#endif // QT_CONFIG(accessibility)
        self.procedure_edit.setPlaceholderText(QCoreApplication.translate("EventSettingsDialog", u"the procedure that ships with CoC Desk", None))
#if QT_CONFIG(accessibility)
        self.browse_procedure_button.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Choose a procedure file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_procedure_button.setText(QCoreApplication.translate("EventSettingsDialog", u"&Browse\u2026", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.rules_tab), QCoreApplication.translate("EventSettingsDialog", u"Deadlines, locking, procedure", None))
#if QT_CONFIG(accessibility)
        self.settings_message.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settings_buttons.setAccessibleName(QCoreApplication.translate("EventSettingsDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


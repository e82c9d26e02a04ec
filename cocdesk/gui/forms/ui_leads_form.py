# generated — do not edit: change ui/leads_form.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leads_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LeadsForm(object):
    def setupUi(self, LeadsForm):
        if not LeadsForm.objectName():
            LeadsForm.setObjectName(u"LeadsForm")
        LeadsForm.resize(560, 320)
        self.leads_layout = QVBoxLayout(LeadsForm)
        self.leads_layout.setObjectName(u"leads_layout")
        self.event_lead_group = QGroupBox(LeadsForm)
        self.event_lead_group.setObjectName(u"event_lead_group")
        self.event_lead_layout = QFormLayout(self.event_lead_group)
        self.event_lead_layout.setObjectName(u"event_lead_layout")
        self.event_lead_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.event_lead_name_label = QLabel(self.event_lead_group)
        self.event_lead_name_label.setObjectName(u"event_lead_name_label")

        self.event_lead_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_lead_name_label)

        self.event_lead_name_edit = QLineEdit(self.event_lead_group)
        self.event_lead_name_edit.setObjectName(u"event_lead_name_edit")

        self.event_lead_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_lead_name_edit)

        self.event_lead_phone_label = QLabel(self.event_lead_group)
        self.event_lead_phone_label.setObjectName(u"event_lead_phone_label")

        self.event_lead_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.event_lead_phone_label)

        self.event_lead_phone_edit = QLineEdit(self.event_lead_group)
        self.event_lead_phone_edit.setObjectName(u"event_lead_phone_edit")

        self.event_lead_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.event_lead_phone_edit)

        self.event_lead_email_label = QLabel(self.event_lead_group)
        self.event_lead_email_label.setObjectName(u"event_lead_email_label")

        self.event_lead_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.event_lead_email_label)

        self.event_lead_email_edit = QLineEdit(self.event_lead_group)
        self.event_lead_email_edit.setObjectName(u"event_lead_email_edit")

        self.event_lead_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.event_lead_email_edit)


        self.leads_layout.addWidget(self.event_lead_group)

        self.safety_officer_group = QGroupBox(LeadsForm)
        self.safety_officer_group.setObjectName(u"safety_officer_group")
        self.safety_officer_layout = QFormLayout(self.safety_officer_group)
        self.safety_officer_layout.setObjectName(u"safety_officer_layout")
        self.safety_officer_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.safety_officer_name_label = QLabel(self.safety_officer_group)
        self.safety_officer_name_label.setObjectName(u"safety_officer_name_label")

        self.safety_officer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.safety_officer_name_label)

        self.safety_officer_name_edit = QLineEdit(self.safety_officer_group)
        self.safety_officer_name_edit.setObjectName(u"safety_officer_name_edit")

        self.safety_officer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.safety_officer_name_edit)

        self.safety_officer_phone_label = QLabel(self.safety_officer_group)
        self.safety_officer_phone_label.setObjectName(u"safety_officer_phone_label")

        self.safety_officer_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safety_officer_phone_label)

        self.safety_officer_phone_edit = QLineEdit(self.safety_officer_group)
        self.safety_officer_phone_edit.setObjectName(u"safety_officer_phone_edit")

        self.safety_officer_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safety_officer_phone_edit)

        self.safety_officer_email_label = QLabel(self.safety_officer_group)
        self.safety_officer_email_label.setObjectName(u"safety_officer_email_label")

        self.safety_officer_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.safety_officer_email_label)

        self.safety_officer_email_edit = QLineEdit(self.safety_officer_group)
        self.safety_officer_email_edit.setObjectName(u"safety_officer_email_edit")

        self.safety_officer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.safety_officer_email_edit)


        self.leads_layout.addWidget(self.safety_officer_group)

        self.leads_space = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leads_layout.addItem(self.leads_space)

#if QT_CONFIG(shortcut)
        self.event_lead_name_label.setBuddy(self.event_lead_name_edit)
        self.event_lead_phone_label.setBuddy(self.event_lead_phone_edit)
        self.event_lead_email_label.setBuddy(self.event_lead_email_edit)
        self.safety_officer_name_label.setBuddy(self.safety_officer_name_edit)
        self.safety_officer_phone_label.setBuddy(self.safety_officer_phone_edit)
        self.safety_officer_email_label.setBuddy(self.safety_officer_email_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeadsForm)

        QMetaObject.connectSlotsByName(LeadsForm)
    # setupUi

    def retranslateUi(self, LeadsForm):
        self.event_lead_group.setTitle(QCoreApplication.translate("LeadsForm", u"Event Lead Organiser: agrees the course of action and makes the announcement", None))
        self.event_lead_name_label.setText(QCoreApplication.translate("LeadsForm", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.event_lead_name_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Event Lead Organiser: name", None))
#endif // QT_CONFIG(accessibility)
        self.event_lead_phone_label.setText(QCoreApplication.translate("LeadsForm", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.event_lead_phone_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Event Lead Organiser: phone", None))
#endif // QT_CONFIG(accessibility)
        self.event_lead_email_label.setText(QCoreApplication.translate("LeadsForm", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.event_lead_email_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Event Lead Organiser: email", None))
#endif // QT_CONFIG(accessibility)
        self.safety_officer_group.setTitle(QCoreApplication.translate("LeadsForm", u"Safety and Diversity Officer: receives the filed reports", None))
        self.safety_officer_name_label.setText(QCoreApplication.translate("LeadsForm", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.safety_officer_name_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Safety and Diversity Officer: name", None))
#endif // QT_CONFIG(accessibility)
        self.safety_officer_phone_label.setText(QCoreApplication.translate("LeadsForm", u"Ph&one", None))
#if QT_CONFIG(accessibility)
        self.safety_officer_phone_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Safety and Diversity Officer: phone", None))
#endif // QT_CONFIG(accessibility)
        self.safety_officer_email_label.setText(QCoreApplication.translate("LeadsForm", u"Emai&l", None))
#if QT_CONFIG(accessibility)
        self.safety_officer_email_edit.setAccessibleName(QCoreApplication.translate("LeadsForm", u"Safety and Diversity Officer: email", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


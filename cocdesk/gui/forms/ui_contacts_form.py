# generated — do not edit: change ui/contacts_form.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_form.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_ContactsForm(object):
    def setupUi(self, ContactsForm):
        if not ContactsForm.objectName():
            ContactsForm.setObjectName(u"ContactsForm")
        ContactsForm.resize(640, 300)
        self.contacts_layout = QGridLayout(ContactsForm)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.who_heading = QLabel(ContactsForm)
        self.who_heading.setObjectName(u"who_heading")

        self.contacts_layout.addWidget(self.who_heading, 0, 1, 1, 1)

        self.phone_heading = QLabel(ContactsForm)
        self.phone_heading.setObjectName(u"phone_heading")

        self.contacts_layout.addWidget(self.phone_heading, 0, 2, 1, 1)

        self.venue_security_label = QLabel(ContactsForm)
        self.venue_security_label.setObjectName(u"venue_security_label")

        self.contacts_layout.addWidget(self.venue_security_label, 1, 0, 1, 1)

        self.venue_security_name_edit = QLineEdit(ContactsForm)
        self.venue_security_name_edit.setObjectName(u"venue_security_name_edit")

        self.contacts_layout.addWidget(self.venue_security_name_edit, 1, 1, 1, 1)

        self.venue_security_phone_edit = QLineEdit(ContactsForm)
        self.venue_security_phone_edit.setObjectName(u"venue_security_phone_edit")

        self.contacts_layout.addWidget(self.venue_security_phone_edit, 1, 2, 1, 1)

        self.police_emergency_label = QLabel(ContactsForm)
        self.police_emergency_label.setObjectName(u"police_emergency_label")

        self.contacts_layout.addWidget(self.police_emergency_label, 2, 0, 1, 1)

        self.police_emergency_name_edit = QLineEdit(ContactsForm)
        self.police_emergency_name_edit.setObjectName(u"police_emergency_name_edit")

        self.contacts_layout.addWidget(self.police_emergency_name_edit, 2, 1, 1, 1)

        self.police_emergency_phone_edit = QLineEdit(ContactsForm)
        self.police_emergency_phone_edit.setObjectName(u"police_emergency_phone_edit")

        self.contacts_layout.addWidget(self.police_emergency_phone_edit, 2, 2, 1, 1)

        self.police_non_emergency_label = QLabel(ContactsForm)
        self.police_non_emergency_label.setObjectName(u"police_non_emergency_label")

        self.contacts_layout.addWidget(self.police_non_emergency_label, 3, 0, 1, 1)

        self.police_non_emergency_name_edit = QLineEdit(ContactsForm)
        self.police_non_emergency_name_edit.setObjectName(u"police_non_emergency_name_edit")

        self.contacts_layout.addWidget(self.police_non_emergency_name_edit, 3, 1, 1, 1)

        self.police_non_emergency_phone_edit = QLineEdit(ContactsForm)
        self.police_non_emergency_phone_edit.setObjectName(u"police_non_emergency_phone_edit")

        self.contacts_layout.addWidget(self.police_non_emergency_phone_edit, 3, 2, 1, 1)

        self.medical_label = QLabel(ContactsForm)
        self.medical_label.setObjectName(u"medical_label")

        self.contacts_layout.addWidget(self.medical_label, 4, 0, 1, 1)

        self.medical_name_edit = QLineEdit(ContactsForm)
        self.medical_name_edit.setObjectName(u"medical_name_edit")

        self.contacts_layout.addWidget(self.medical_name_edit, 4, 1, 1, 1)

        self.medical_phone_edit = QLineEdit(ContactsForm)
        self.medical_phone_edit.setObjectName(u"medical_phone_edit")

        self.contacts_layout.addWidget(self.medical_phone_edit, 4, 2, 1, 1)

        self.hotline_label = QLabel(ContactsForm)
        self.hotline_label.setObjectName(u"hotline_label")

        self.contacts_layout.addWidget(self.hotline_label, 5, 0, 1, 1)

        self.hotline_name_edit = QLineEdit(ContactsForm)
        self.hotline_name_edit.setObjectName(u"hotline_name_edit")

        self.contacts_layout.addWidget(self.hotline_name_edit, 5, 1, 1, 1)

        self.hotline_phone_edit = QLineEdit(ContactsForm)
        self.hotline_phone_edit.setObjectName(u"hotline_phone_edit")

        self.contacts_layout.addWidget(self.hotline_phone_edit, 5, 2, 1, 1)

        self.contacts_hint = QLabel(ContactsForm)
        self.contacts_hint.setObjectName(u"contacts_hint")
        self.contacts_hint.setWordWrap(True)

        self.contacts_layout.addWidget(self.contacts_hint, 6, 0, 1, 3)

        self.contacts_layout.setColumnStretch(1, 2)
        self.contacts_layout.setColumnStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.venue_security_label.setBuddy(self.venue_security_name_edit)
        self.police_emergency_label.setBuddy(self.police_emergency_name_edit)
        self.police_non_emergency_label.setBuddy(self.police_non_emergency_name_edit)
        self.medical_label.setBuddy(self.medical_name_edit)
        self.hotline_label.setBuddy(self.hotline_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactsForm)

        QMetaObject.connectSlotsByName(ContactsForm)
    # setupUi

    def retranslateUi(self, ContactsForm):
        self.who_heading.setText(QCoreApplication.translate("ContactsForm", u"Who or which service", None))
        self.phone_heading.setText(QCoreApplication.translate("ContactsForm", u"Phone", None))
        self.venue_security_label.setText(QCoreApplication.translate("ContactsForm", u"&Venue security", None))
#if QT_CONFIG(accessibility)
        self.venue_security_name_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Venue security: who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.venue_security_phone_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Venue security: phone", None))
#endif // QT_CONFIG(accessibility)
        self.police_emergency_label.setText(QCoreApplication.translate("ContactsForm", u"Police: &emergency", None))
#if QT_CONFIG(accessibility)
        self.police_emergency_name_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Police emergency: who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.police_emergency_phone_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Police emergency: phone", None))
#endif // QT_CONFIG(accessibility)
        self.police_non_emergency_label.setText(QCoreApplication.translate("ContactsForm", u"Police: non-emer&gency", None))
#if QT_CONFIG(accessibility)
        self.police_non_emergency_name_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Police non-emergency: who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.police_non_emergency_phone_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Police non-emergency: phone", None))
#endif // QT_CONFIG(accessibility)
        self.medical_label.setText(QCoreApplication.translate("ContactsForm", u"&Medical", None))
#if QT_CONFIG(accessibility)
        self.medical_name_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Medical: who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.medical_phone_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Medical: phone", None))
#endif // QT_CONFIG(accessibility)
        self.hotline_label.setText(QCoreApplication.translate("ContactsForm", u"Local &hotline", None))
#if QT_CONFIG(accessibility)
        self.hotline_name_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Local hotline: who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hotline_phone_edit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Local hotline: phone", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_hint.setText(QCoreApplication.translate("ContactsForm", u"These fill the screen when a responder says someone is in immediate danger. Leave out any the event does not have.", None))
        pass
    # retranslateUi


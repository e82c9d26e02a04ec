# generated — do not edit: change ui/first_run_wizard.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(820, 560)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.event_page = QWizardPage()
        self.event_page.setObjectName(u"event_page")
        self.event_page_layout = QHBoxLayout(self.event_page)
        self.event_page_layout.setObjectName(u"event_page_layout")
        self.event_left_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.event_page_layout.addItem(self.event_left_space)

        self.event_column = QWidget(self.event_page)
        self.event_column.setObjectName(u"event_column")
        self.event_column.setMaximumSize(QSize(760, 16777215))
        self.event_column_layout = QVBoxLayout(self.event_column)
        self.event_column_layout.setObjectName(u"event_column_layout")
        self.event_column_layout.setContentsMargins(0, 0, 0, 0)
        self.event_message_label = QLabel(self.event_column)
        self.event_message_label.setObjectName(u"event_message_label")
        self.event_message_label.setWordWrap(True)

        self.event_column_layout.addWidget(self.event_message_label)

        self.event_bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.event_column_layout.addItem(self.event_bottom_space)

        self.event_column_layout.setStretch(1, 1)

        self.event_page_layout.addWidget(self.event_column)

        self.event_right_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.event_page_layout.addItem(self.event_right_space)

        self.event_page_layout.setStretch(0, 1)
        self.event_page_layout.setStretch(1, 100)
        self.event_page_layout.setStretch(2, 1)
        FirstRunWizard.addPage(self.event_page)
        self.contacts_page = QWizardPage()
        self.contacts_page.setObjectName(u"contacts_page")
        self.contacts_page_layout = QHBoxLayout(self.contacts_page)
        self.contacts_page_layout.setObjectName(u"contacts_page_layout")
        self.contacts_left_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contacts_page_layout.addItem(self.contacts_left_space)

        self.contacts_column = QWidget(self.contacts_page)
        self.contacts_column.setObjectName(u"contacts_column")
        self.contacts_column.setMaximumSize(QSize(760, 16777215))
        self.contacts_column_layout = QVBoxLayout(self.contacts_column)
        self.contacts_column_layout.setObjectName(u"contacts_column_layout")
        self.contacts_column_layout.setContentsMargins(0, 0, 0, 0)
        self.contacts_message_label = QLabel(self.contacts_column)
        self.contacts_message_label.setObjectName(u"contacts_message_label")
        self.contacts_message_label.setWordWrap(True)

        self.contacts_column_layout.addWidget(self.contacts_message_label)

        self.contacts_bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contacts_column_layout.addItem(self.contacts_bottom_space)

        self.contacts_column_layout.setStretch(1, 1)

        self.contacts_page_layout.addWidget(self.contacts_column)

        self.contacts_right_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contacts_page_layout.addItem(self.contacts_right_space)

        self.contacts_page_layout.setStretch(0, 1)
        self.contacts_page_layout.setStretch(1, 100)
        self.contacts_page_layout.setStretch(2, 1)
        FirstRunWizard.addPage(self.contacts_page)
        self.leads_page = QWizardPage()
        self.leads_page.setObjectName(u"leads_page")
        self.leads_page_layout = QHBoxLayout(self.leads_page)
        self.leads_page_layout.setObjectName(u"leads_page_layout")
        self.leads_left_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leads_page_layout.addItem(self.leads_left_space)

        self.leads_column = QWidget(self.leads_page)
        self.leads_column.setObjectName(u"leads_column")
        self.leads_column.setMaximumSize(QSize(760, 16777215))
        self.leads_column_layout = QVBoxLayout(self.leads_column)
        self.leads_column_layout.setObjectName(u"leads_column_layout")
        self.leads_column_layout.setContentsMargins(0, 0, 0, 0)
        self.leads_message_label = QLabel(self.leads_column)
        self.leads_message_label.setObjectName(u"leads_message_label")
        self.leads_message_label.setWordWrap(True)

        self.leads_column_layout.addWidget(self.leads_message_label)

        self.leads_bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leads_column_layout.addItem(self.leads_bottom_space)

        self.leads_column_layout.setStretch(1, 1)

        self.leads_page_layout.addWidget(self.leads_column)

        self.leads_right_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leads_page_layout.addItem(self.leads_right_space)

        self.leads_page_layout.setStretch(0, 1)
        self.leads_page_layout.setStretch(1, 100)
        self.leads_page_layout.setStretch(2, 1)
        FirstRunWizard.addPage(self.leads_page)
        self.member_page = QWizardPage()
        self.member_page.setObjectName(u"member_page")
        self.member_page_layout = QHBoxLayout(self.member_page)
        self.member_page_layout.setObjectName(u"member_page_layout")
        self.member_left_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_page_layout.addItem(self.member_left_space)

        self.member_column = QWidget(self.member_page)
        self.member_column.setObjectName(u"member_column")
        self.member_column.setMaximumSize(QSize(760, 16777215))
        self.member_column_layout = QVBoxLayout(self.member_column)
        self.member_column_layout.setObjectName(u"member_column_layout")
        self.member_column_layout.setContentsMargins(0, 0, 0, 0)
        self.your_name_layout = QFormLayout()
        self.your_name_layout.setObjectName(u"your_name_layout")
        self.your_name_label = QLabel(self.member_column)
        self.your_name_label.setObjectName(u"your_name_label")

        self.your_name_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.your_name_label)

        self.your_name_edit = QLineEdit(self.member_column)
        self.your_name_edit.setObjectName(u"your_name_edit")

        self.your_name_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.your_name_edit)


        self.member_column_layout.addLayout(self.your_name_layout)

        self.member_message_label = QLabel(self.member_column)
        self.member_message_label.setObjectName(u"member_message_label")
        self.member_message_label.setWordWrap(True)

        self.member_column_layout.addWidget(self.member_message_label)

        self.member_bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.member_column_layout.addItem(self.member_bottom_space)

        self.member_column_layout.setStretch(2, 1)

        self.member_page_layout.addWidget(self.member_column)

        self.member_right_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_page_layout.addItem(self.member_right_space)

        self.member_page_layout.setStretch(0, 1)
        self.member_page_layout.setStretch(1, 100)
        self.member_page_layout.setStretch(2, 1)
        FirstRunWizard.addPage(self.member_page)
#if QT_CONFIG(shortcut)
        self.your_name_label.setBuddy(self.your_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"CoC Desk \u2014 set up the station", None))
        self.event_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"The event", None))
        self.event_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Step 1 of 4. What the station is for. All of it can be changed later.", None))
#if QT_CONFIG(accessibility)
        self.event_message_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Crisis contacts", None))
        self.contacts_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Step 2 of 4. Who to call when someone is in immediate danger.", None))
#if QT_CONFIG(accessibility)
        self.contacts_message_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.leads_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Event Lead Organiser and Safety and Diversity Officer", None))
        self.leads_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Step 3 of 4. The two people the CoC team reports to.", None))
#if QT_CONFIG(accessibility)
        self.leads_message_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.member_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"You, the CoC team lead", None))
        self.member_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Step 4 of 4. You will add the rest of the team once the station is open. Each member has their own passphrase; nobody else can recover yours.", None))
        self.your_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"Your na&me", None))
#if QT_CONFIG(accessibility)
        self.your_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.member_message_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


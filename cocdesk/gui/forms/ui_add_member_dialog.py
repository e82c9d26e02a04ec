# generated — do not edit: change ui/add_member_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddMemberDialog(object):
    def setupUi(self, AddMemberDialog):
        if not AddMemberDialog.objectName():
            AddMemberDialog.setObjectName(u"AddMemberDialog")
        AddMemberDialog.resize(560, 320)
        self.add_member_layout = QVBoxLayout(AddMemberDialog)
        self.add_member_layout.setObjectName(u"add_member_layout")
        self.member_fields = QFormLayout()
        self.member_fields.setObjectName(u"member_fields")
        self.member_fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.member_name_label = QLabel(AddMemberDialog)
        self.member_name_label.setObjectName(u"member_name_label")

        self.member_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.member_name_label)

        self.member_name_edit = QLineEdit(AddMemberDialog)
        self.member_name_edit.setObjectName(u"member_name_edit")

        self.member_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member_name_edit)

        self.member_role_label = QLabel(AddMemberDialog)
        self.member_role_label.setObjectName(u"member_role_label")

        self.member_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.member_role_label)

        self.member_role_combo = QComboBox(AddMemberDialog)
        self.member_role_combo.setObjectName(u"member_role_combo")

        self.member_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.member_role_combo)


        self.add_member_layout.addLayout(self.member_fields)

        self.passphrase_holder = QWidget(AddMemberDialog)
        self.passphrase_holder.setObjectName(u"passphrase_holder")

        self.add_member_layout.addWidget(self.passphrase_holder)

        self.add_member_hint = QLabel(AddMemberDialog)
        self.add_member_hint.setObjectName(u"add_member_hint")
        self.add_member_hint.setWordWrap(True)

        self.add_member_layout.addWidget(self.add_member_hint)

        self.add_member_message = QLabel(AddMemberDialog)
        self.add_member_message.setObjectName(u"add_member_message")
        self.add_member_message.setWordWrap(True)

        self.add_member_layout.addWidget(self.add_member_message)

        self.add_member_buttons = QDialogButtonBox(AddMemberDialog)
        self.add_member_buttons.setObjectName(u"add_member_buttons")
        self.add_member_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.add_member_layout.addWidget(self.add_member_buttons)

#if QT_CONFIG(shortcut)
        self.member_name_label.setBuddy(self.member_name_edit)
        self.member_role_label.setBuddy(self.member_role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddMemberDialog)

        QMetaObject.connectSlotsByName(AddMemberDialog)
    # setupUi

    def retranslateUi(self, AddMemberDialog):
        AddMemberDialog.setWindowTitle(QCoreApplication.translate("AddMemberDialog", u"Add a member", None))
        self.member_name_label.setText(QCoreApplication.translate("AddMemberDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.member_name_edit.setAccessibleName(QCoreApplication.translate("AddMemberDialog", u"Name of the new member", None))
#endif // QT_CONFIG(accessibility)
        self.member_role_label.setText(QCoreApplication.translate("AddMemberDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.member_role_combo.setAccessibleName(QCoreApplication.translate("AddMemberDialog", u"Role of the new member", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_hint.setText(QCoreApplication.translate("AddMemberDialog", u"Type the passphrase together with the new member, or let them type it themselves. They can change it later.", None))
#if QT_CONFIG(accessibility)
        self.add_member_message.setAccessibleName(QCoreApplication.translate("AddMemberDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_member_buttons.setAccessibleName(QCoreApplication.translate("AddMemberDialog", u"Add or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


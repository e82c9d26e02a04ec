# generated — do not edit: change ui/change_passphrase_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.resize(560, 300)
        self.change_layout = QVBoxLayout(ChangePassphraseDialog)
        self.change_layout.setObjectName(u"change_layout")
        self.current_fields = QFormLayout()
        self.current_fields.setObjectName(u"current_fields")
        self.current_fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_passphrase_label = QLabel(ChangePassphraseDialog)
        self.current_passphrase_label.setObjectName(u"current_passphrase_label")

        self.current_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_passphrase_label)

        self.current_passphrase_edit = QLineEdit(ChangePassphraseDialog)
        self.current_passphrase_edit.setObjectName(u"current_passphrase_edit")
        self.current_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.current_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_passphrase_edit)


        self.change_layout.addLayout(self.current_fields)

        self.passphrase_holder = QWidget(ChangePassphraseDialog)
        self.passphrase_holder.setObjectName(u"passphrase_holder")

        self.change_layout.addWidget(self.passphrase_holder)

        self.change_message = QLabel(ChangePassphraseDialog)
        self.change_message.setObjectName(u"change_message")
        self.change_message.setWordWrap(True)

        self.change_layout.addWidget(self.change_message)

        self.change_buttons = QDialogButtonBox(ChangePassphraseDialog)
        self.change_buttons.setObjectName(u"change_buttons")
        self.change_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.change_layout.addWidget(self.change_buttons)

#if QT_CONFIG(shortcut)
        self.current_passphrase_label.setBuddy(self.current_passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePassphraseDialog)

        QMetaObject.connectSlotsByName(ChangePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change my passphrase", None))
        self.current_passphrase_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.current_passphrase_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.change_message.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.change_buttons.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Change or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# generated — do not edit: change ui/passphrase_form.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QProgressBar, QSizePolicy, QWidget)

class Ui_PassphraseForm(object):
    def setupUi(self, PassphraseForm):
        if not PassphraseForm.objectName():
            PassphraseForm.setObjectName(u"PassphraseForm")
        PassphraseForm.resize(520, 200)
        self.passphrase_layout = QFormLayout(PassphraseForm)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_layout.setContentsMargins(0, 0, 0, 0)
        self.new_passphrase_label = QLabel(PassphraseForm)
        self.new_passphrase_label.setObjectName(u"new_passphrase_label")

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_passphrase_label)

        self.new_passphrase_edit = QLineEdit(PassphraseForm)
        self.new_passphrase_edit.setObjectName(u"new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_passphrase_edit)

        self.repeat_passphrase_label = QLabel(PassphraseForm)
        self.repeat_passphrase_label.setObjectName(u"repeat_passphrase_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_passphrase_label)

        self.repeat_passphrase_edit = QLineEdit(PassphraseForm)
        self.repeat_passphrase_edit.setObjectName(u"repeat_passphrase_edit")
        self.repeat_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_passphrase_edit)

        self.strength_caption = QLabel(PassphraseForm)
        self.strength_caption.setObjectName(u"strength_caption")

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength_bar = QProgressBar(PassphraseForm)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMaximum(5)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(True)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_bar)

        self.strength_warning_label = QLabel(PassphraseForm)
        self.strength_warning_label.setObjectName(u"strength_warning_label")
        self.strength_warning_label.setWordWrap(True)

        self.passphrase_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_warning_label)

        self.reveal_check = QCheckBox(PassphraseForm)
        self.reveal_check.setObjectName(u"reveal_check")

        self.passphrase_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reveal_check)

#if QT_CONFIG(shortcut)
        self.new_passphrase_label.setBuddy(self.new_passphrase_edit)
        self.repeat_passphrase_label.setBuddy(self.repeat_passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseForm)

        QMetaObject.connectSlotsByName(PassphraseForm)
    # setupUi

    def retranslateUi(self, PassphraseForm):
        self.new_passphrase_label.setText(QCoreApplication.translate("PassphraseForm", u"New &passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase_edit.setAccessibleName(QCoreApplication.translate("PassphraseForm", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_passphrase_edit.setPlaceholderText(QCoreApplication.translate("PassphraseForm", u"a few unrelated words", None))
        self.repeat_passphrase_label.setText(QCoreApplication.translate("PassphraseForm", u"Repeat &it", None))
#if QT_CONFIG(accessibility)
        self.repeat_passphrase_edit.setAccessibleName(QCoreApplication.translate("PassphraseForm", u"Repeat the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strength_caption.setText(QCoreApplication.translate("PassphraseForm", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("PassphraseForm", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strength_bar.setFormat(QCoreApplication.translate("PassphraseForm", u"Very weak", None))
#if QT_CONFIG(accessibility)
        self.strength_warning_label.setAccessibleName(QCoreApplication.translate("PassphraseForm", u"Passphrase advice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reveal_check.setAccessibleName(QCoreApplication.translate("PassphraseForm", u"Show the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.reveal_check.setText(QCoreApplication.translate("PassphraseForm", u"Sho&w what I type", None))
        pass
    # retranslateUi


# generated — do not edit: change ui/unlock_window.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_window.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockWindow(object):
    def setupUi(self, UnlockWindow):
        if not UnlockWindow.objectName():
            UnlockWindow.setObjectName(u"UnlockWindow")
        UnlockWindow.resize(1280, 800)
        self.window_layout = QVBoxLayout(UnlockWindow)
        self.window_layout.setSpacing(0)
        self.window_layout.setObjectName(u"window_layout")
        self.window_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = QLabel(UnlockWindow)
        self.demo_banner.setObjectName(u"demo_banner")
        self.demo_banner.setVisible(False)
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setWordWrap(True)

        self.window_layout.addWidget(self.demo_banner)

        self.top_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.window_layout.addItem(self.top_space)

        self.centre_row = QHBoxLayout()
        self.centre_row.setObjectName(u"centre_row")
        self.left_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.left_space)

        self.unlock_card = QFrame(UnlockWindow)
        self.unlock_card.setObjectName(u"unlock_card")
        self.unlock_card.setMinimumSize(QSize(440, 0))
        self.unlock_card.setMaximumSize(QSize(560, 16777215))
        self.unlock_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(self.unlock_card)
        self.card_layout.setSpacing(10)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(28, 24, 28, 24)
        self.title_label = QLabel(self.unlock_card)
        self.title_label.setObjectName(u"title_label")

        self.card_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(self.unlock_card)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.card_layout.addWidget(self.subtitle_label)

        self.vault_label = QLabel(self.unlock_card)
        self.vault_label.setObjectName(u"vault_label")
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.card_layout.addWidget(self.vault_label)

        self.credentials_layout = QFormLayout()
        self.credentials_layout.setObjectName(u"credentials_layout")
        self.credentials_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.member_label = QLabel(self.unlock_card)
        self.member_label.setObjectName(u"member_label")

        self.credentials_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.member_label)

        self.member_combo = QComboBox(self.unlock_card)
        self.member_combo.setObjectName(u"member_combo")

        self.credentials_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member_combo)

        self.passphrase_label = QLabel(self.unlock_card)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.credentials_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.unlock_card)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.credentials_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.card_layout.addLayout(self.credentials_layout)

        self.show_passphrase_check = QCheckBox(self.unlock_card)
        self.show_passphrase_check.setObjectName(u"show_passphrase_check")

        self.card_layout.addWidget(self.show_passphrase_check)

        self.message_label = QLabel(self.unlock_card)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.card_layout.addWidget(self.message_label)

        self.unlock_button = QPushButton(self.unlock_card)
        self.unlock_button.setObjectName(u"unlock_button")

        self.card_layout.addWidget(self.unlock_button)

        self.problem_actions = QWidget(self.unlock_card)
        self.problem_actions.setObjectName(u"problem_actions")
        self.problem_actions.setVisible(False)
        self.problem_layout = QVBoxLayout(self.problem_actions)
        self.problem_layout.setObjectName(u"problem_layout")
        self.problem_layout.setContentsMargins(0, 0, 0, 0)
        self.retry_button = QPushButton(self.problem_actions)
        self.retry_button.setObjectName(u"retry_button")

        self.problem_layout.addWidget(self.retry_button)

        self.choose_vault_button = QPushButton(self.problem_actions)
        self.choose_vault_button.setObjectName(u"choose_vault_button")

        self.problem_layout.addWidget(self.choose_vault_button)

        self.create_vault_button = QPushButton(self.problem_actions)
        self.create_vault_button.setObjectName(u"create_vault_button")

        self.problem_layout.addWidget(self.create_vault_button)


        self.card_layout.addWidget(self.problem_actions)


        self.centre_row.addWidget(self.unlock_card)

        self.right_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.right_space)


        self.window_layout.addLayout(self.centre_row)

        self.bottom_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.window_layout.addItem(self.bottom_space)

        self.footer_label = QLabel(UnlockWindow)
        self.footer_label.setObjectName(u"footer_label")
        self.footer_label.setMargin(10)
        self.footer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer_label.setWordWrap(True)

        self.window_layout.addWidget(self.footer_label)

#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member_combo)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.member_combo, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.show_passphrase_check)
        QWidget.setTabOrder(self.show_passphrase_check, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.choose_vault_button)
        QWidget.setTabOrder(self.choose_vault_button, self.create_vault_button)

        self.retranslateUi(UnlockWindow)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockWindow)
    # setupUi

    def retranslateUi(self, UnlockWindow):
        UnlockWindow.setWindowTitle(QCoreApplication.translate("UnlockWindow", u"CoC Desk", None))
#if QT_CONFIG(accessibility)
        self.demo_banner.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Demo banner", None))
#endif // QT_CONFIG(accessibility)
        self.demo_banner.setText(QCoreApplication.translate("UnlockWindow", u"DEMO \u2014 sample cases only. Nothing here is real, and all of it is deleted when the window closes.", None))
        self.title_label.setText(QCoreApplication.translate("UnlockWindow", u"CoC Desk", None))
        self.subtitle_label.setText(QCoreApplication.translate("UnlockWindow", u"The station is locked. Pick your name and type your passphrase.", None))
#if QT_CONFIG(accessibility)
        self.vault_label.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
        self.vault_label.setText(QCoreApplication.translate("UnlockWindow", u"Vault", None))
        self.member_label.setText(QCoreApplication.translate("UnlockWindow", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.member_combo.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.member_combo.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"The member who is unlocking the station", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockWindow", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_passphrase_check.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.show_passphrase_check.setText(QCoreApplication.translate("UnlockWindow", u"S&how the passphrase as I type", None))
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("UnlockWindow", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.retry_button.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Try again", None))
#endif // QT_CONFIG(accessibility)
        self.retry_button.setText(QCoreApplication.translate("UnlockWindow", u"&Try again", None))
#if QT_CONFIG(accessibility)
        self.choose_vault_button.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Open another vault", None))
#endif // QT_CONFIG(accessibility)
        self.choose_vault_button.setText(QCoreApplication.translate("UnlockWindow", u"&Open another vault\u2026", None))
#if QT_CONFIG(accessibility)
        self.create_vault_button.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Create a new vault", None))
#endif // QT_CONFIG(accessibility)
        self.create_vault_button.setText(QCoreApplication.translate("UnlockWindow", u"&Create a new vault\u2026", None))
        self.footer_label.setText(QCoreApplication.translate("UnlockWindow", u"Every change is recorded under the name of the member who unlocked the station.", None))
    # retranslateUi


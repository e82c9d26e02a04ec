# generated — do not edit: change ui/members_dialog.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MembersDialog(object):
    def setupUi(self, MembersDialog):
        if not MembersDialog.objectName():
            MembersDialog.setObjectName(u"MembersDialog")
        MembersDialog.resize(640, 420)
        self.members_layout = QVBoxLayout(MembersDialog)
        self.members_layout.setObjectName(u"members_layout")
        self.members_intro = QLabel(MembersDialog)
        self.members_intro.setObjectName(u"members_intro")
        self.members_intro.setWordWrap(True)

        self.members_layout.addWidget(self.members_intro)

        self.members_table = QTableWidget(MembersDialog)
        if (self.members_table.columnCount() < 2):
            self.members_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setColumnCount(2)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.members_layout.addWidget(self.members_table)

        self.member_actions = QHBoxLayout()
        self.member_actions.setObjectName(u"member_actions")
        self.add_member_button = QPushButton(MembersDialog)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_actions.addWidget(self.add_member_button)

        self.role_label = QLabel(MembersDialog)
        self.role_label.setObjectName(u"role_label")

        self.member_actions.addWidget(self.role_label)

        self.role_combo = QComboBox(MembersDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.member_actions.addWidget(self.role_combo)

        self.change_role_button = QPushButton(MembersDialog)
        self.change_role_button.setObjectName(u"change_role_button")

        self.member_actions.addWidget(self.change_role_button)

        self.remove_member_button = QPushButton(MembersDialog)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_actions.addWidget(self.remove_member_button)


        self.members_layout.addLayout(self.member_actions)

        self.members_message = QLabel(MembersDialog)
        self.members_message.setObjectName(u"members_message")
        self.members_message.setWordWrap(True)

        self.members_layout.addWidget(self.members_message)

        self.members_buttons = QDialogButtonBox(MembersDialog)
        self.members_buttons.setObjectName(u"members_buttons")
        self.members_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.members_layout.addWidget(self.members_buttons)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.members_table, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.change_role_button)
        QWidget.setTabOrder(self.change_role_button, self.remove_member_button)

        self.retranslateUi(MembersDialog)
        self.members_buttons.rejected.connect(MembersDialog.reject)

        QMetaObject.connectSlotsByName(MembersDialog)
    # setupUi

    def retranslateUi(self, MembersDialog):
        MembersDialog.setWindowTitle(QCoreApplication.translate("MembersDialog", u"Members", None))
        self.members_intro.setText(QCoreApplication.translate("MembersDialog", u"Everyone on this list can unlock the station with their own passphrase. Removing someone re-keys the vault, so an old copy of their key opens nothing.", None))
        ___qtablewidgetitem = self.members_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MembersDialog", u"Name", None))
        ___qtablewidgetitem1 = self.members_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MembersDialog", u"Role", None))
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Members and their roles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Add a member", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("MembersDialog", u"&Add member\u2026", None))
        self.role_label.setText(QCoreApplication.translate("MembersDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Role of the selected member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.change_role_button.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Give the selected member this role", None))
#endif // QT_CONFIG(accessibility)
        self.change_role_button.setText(QCoreApplication.translate("MembersDialog", u"C&hange role", None))
#if QT_CONFIG(accessibility)
        self.remove_member_button.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Remove the selected member", None))
#endif // QT_CONFIG(accessibility)
        self.remove_member_button.setText(QCoreApplication.translate("MembersDialog", u"Re&move\u2026", None))
#if QT_CONFIG(accessibility)
        self.members_message.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_buttons.setAccessibleName(QCoreApplication.translate("MembersDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


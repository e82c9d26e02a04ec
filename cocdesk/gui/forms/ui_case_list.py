# generated — do not edit: change ui/case_list.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseList(object):
    def setupUi(self, CaseList):
        if not CaseList.objectName():
            CaseList.setObjectName(u"CaseList")
        CaseList.resize(1000, 600)
        self.list_layout = QVBoxLayout(CaseList)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(12, 10, 12, 8)
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(8)
        self.filter_row.setObjectName(u"filter_row")
        self.search_label = QLabel(CaseList)
        self.search_label.setObjectName(u"search_label")

        self.filter_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(CaseList)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.search_edit)

        self.status_filter_label = QLabel(CaseList)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_row.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(CaseList)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filter_row.addWidget(self.status_filter_combo)

        self.quadrant_filter_label = QLabel(CaseList)
        self.quadrant_filter_label.setObjectName(u"quadrant_filter_label")

        self.filter_row.addWidget(self.quadrant_filter_label)

        self.quadrant_filter_combo = QComboBox(CaseList)
        self.quadrant_filter_combo.setObjectName(u"quadrant_filter_combo")

        self.filter_row.addWidget(self.quadrant_filter_combo)


        self.list_layout.addLayout(self.filter_row)

        self.case_table = QTableView(CaseList)
        self.case_table.setObjectName(u"case_table")
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.setAlternatingRowColors(True)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSortingEnabled(True)
        self.case_table.setWordWrap(False)
        self.case_table.horizontalHeader().setStretchLastSection(True)
        self.case_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.case_table)

        self.count_label = QLabel(CaseList)
        self.count_label.setObjectName(u"count_label")

        self.list_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.quadrant_filter_label.setBuddy(self.quadrant_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.status_filter_combo)
        QWidget.setTabOrder(self.status_filter_combo, self.quadrant_filter_combo)
        QWidget.setTabOrder(self.quadrant_filter_combo, self.case_table)

        self.retranslateUi(CaseList)

        QMetaObject.connectSlotsByName(CaseList)
    # setupUi

    def retranslateUi(self, CaseList):
        self.search_label.setText(QCoreApplication.translate("CaseList", u"Sea&rch", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CaseList", u"Search the cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleDescription(QCoreApplication.translate("CaseList", u"Matches every field of a case you may read: code, title, answers and names", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CaseList", u"code, title, words from the answers, names\u2026  (Ctrl+F)", None))
        self.status_filter_label.setText(QCoreApplication.translate("CaseList", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_filter_combo.setAccessibleName(QCoreApplication.translate("CaseList", u"Show cases with status", None))
#endif // QT_CONFIG(accessibility)
        self.quadrant_filter_label.setText(QCoreApplication.translate("CaseList", u"&Quadrant", None))
#if QT_CONFIG(accessibility)
        self.quadrant_filter_combo.setAccessibleName(QCoreApplication.translate("CaseList", u"Show cases in quadrant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.case_table.setAccessibleName(QCoreApplication.translate("CaseList", u"Cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.case_table.setAccessibleDescription(QCoreApplication.translate("CaseList", u"Press Enter to open the selected case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("CaseList", u"How many cases are shown", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


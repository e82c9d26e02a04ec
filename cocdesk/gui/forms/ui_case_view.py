# generated — do not edit: change ui/case_view.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1000, 600)
        self.case_layout = QVBoxLayout(CaseView)
        self.case_layout.setObjectName(u"case_layout")
        self.case_layout.setContentsMargins(12, 10, 12, 8)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.back_button = QPushButton(CaseView)
        self.back_button.setObjectName(u"back_button")

        self.heading_row.addWidget(self.back_button)

        self.code_label = QLabel(CaseView)
        self.code_label.setObjectName(u"code_label")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading_row.addWidget(self.code_label)

        self.status_label = QLabel(CaseView)
        self.status_label.setObjectName(u"status_label")

        self.heading_row.addWidget(self.status_label)

        self.title_label = QLabel(CaseView)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.title_label.sizePolicy().hasHeightForWidth())
        self.title_label.setSizePolicy(sizePolicy)

        self.heading_row.addWidget(self.title_label)


        self.case_layout.addLayout(self.heading_row)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.continue_button = QPushButton(CaseView)
        self.continue_button.setObjectName(u"continue_button")

        self.actions_row.addWidget(self.continue_button)

        self.place_button = QPushButton(CaseView)
        self.place_button.setObjectName(u"place_button")

        self.actions_row.addWidget(self.place_button)

        self.print_button = QPushButton(CaseView)
        self.print_button.setObjectName(u"print_button")

        self.actions_row.addWidget(self.print_button)

        self.export_button = QPushButton(CaseView)
        self.export_button.setObjectName(u"export_button")

        self.actions_row.addWidget(self.export_button)

        self.copy_button = QPushButton(CaseView)
        self.copy_button.setObjectName(u"copy_button")

        self.actions_row.addWidget(self.copy_button)

        self.actions_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_space)


        self.case_layout.addLayout(self.actions_row)

        self.case_tabs = QTabWidget(CaseView)
        self.case_tabs.setObjectName(u"case_tabs")
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_layout = QVBoxLayout(self.summary_tab)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_browser = QTextBrowser(self.summary_tab)
        self.summary_browser.setObjectName(u"summary_browser")

        self.summary_layout.addWidget(self.summary_browser)

        self.case_tabs.addTab(self.summary_tab, "")
        self.answers_tab = QWidget()
        self.answers_tab.setObjectName(u"answers_tab")
        self.answers_layout = QVBoxLayout(self.answers_tab)
        self.answers_layout.setObjectName(u"answers_layout")
        self.answers_browser = QTextBrowser(self.answers_tab)
        self.answers_browser.setObjectName(u"answers_browser")

        self.answers_layout.addWidget(self.answers_browser)

        self.case_tabs.addTab(self.answers_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_table = QTableWidget(self.timeline_tab)
        if (self.timeline_table.columnCount() < 3):
            self.timeline_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.timeline_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.timeline_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.timeline_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setColumnCount(3)
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        self.timeline_table.verticalHeader().setVisible(False)

        self.timeline_layout.addWidget(self.timeline_table)

        self.case_tabs.addTab(self.timeline_tab, "")

        self.case_layout.addWidget(self.case_tabs)

        QWidget.setTabOrder(self.back_button, self.continue_button)
        QWidget.setTabOrder(self.continue_button, self.place_button)
        QWidget.setTabOrder(self.place_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.case_tabs)
        QWidget.setTabOrder(self.case_tabs, self.summary_browser)
        QWidget.setTabOrder(self.summary_browser, self.answers_browser)
        QWidget.setTabOrder(self.answers_browser, self.timeline_table)

        self.retranslateUi(CaseView)

        self.case_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Back to the list of cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("CaseView", u"Back to the list (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.back_button.setText(QCoreApplication.translate("CaseView", u"\u2190 Bac&k to the list", None))
#if QT_CONFIG(accessibility)
        self.code_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Case code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Case status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("CaseView", u"Case title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.continue_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Continue in the wizard", None))
#endif // QT_CONFIG(accessibility)
        self.continue_button.setText(QCoreApplication.translate("CaseView", u"Continue in the &wizard", None))
#if QT_CONFIG(accessibility)
        self.place_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Place on the board", None))
#endif // QT_CONFIG(accessibility)
        self.place_button.setText(QCoreApplication.translate("CaseView", u"Place on the &board", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Print the case", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("CaseView", u"Pr&int\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Export the case", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("CaseView", u"E&xport\u2026", None))
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleName(QCoreApplication.translate("CaseView", u"Copy the summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("CaseView", u"Copied text is cleared from the clipboard after 30 seconds", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("CaseView", u"C&opy summary", None))
#if QT_CONFIG(accessibility)
        self.case_tabs.setAccessibleName(QCoreApplication.translate("CaseView", u"Case details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_browser.setAccessibleName(QCoreApplication.translate("CaseView", u"Case summary", None))
#endif // QT_CONFIG(accessibility)
        self.case_tabs.setTabText(self.case_tabs.indexOf(self.summary_tab), QCoreApplication.translate("CaseView", u"S&ummary", None))
#if QT_CONFIG(accessibility)
        self.answers_browser.setAccessibleName(QCoreApplication.translate("CaseView", u"Answers step by step", None))
#endif // QT_CONFIG(accessibility)
        self.case_tabs.setTabText(self.case_tabs.indexOf(self.answers_tab), QCoreApplication.translate("CaseView", u"&Answers step by step", None))
        ___qtablewidgetitem = self.timeline_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseView", u"When", None))
        ___qtablewidgetitem1 = self.timeline_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseView", u"Who", None))
        ___qtablewidgetitem2 = self.timeline_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseView", u"What", None))
#if QT_CONFIG(accessibility)
        self.timeline_table.setAccessibleName(QCoreApplication.translate("CaseView", u"Timeline: every change, who and when", None))
#endif // QT_CONFIG(accessibility)
        self.case_tabs.setTabText(self.case_tabs.indexOf(self.timeline_tab), QCoreApplication.translate("CaseView", u"Ti&meline", None))
        pass
    # retranslateUi


# generated — do not edit: change ui/main_window.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.new_report_action = QAction(MainWindow)
        self.new_report_action.setObjectName(u"new_report_action")
        self.board_action = QAction(MainWindow)
        self.board_action.setObjectName(u"board_action")
        self.case_list_action = QAction(MainWindow)
        self.case_list_action.setObjectName(u"case_list_action")
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.members_action = QAction(MainWindow)
        self.members_action.setObjectName(u"members_action")
        self.change_passphrase_action = QAction(MainWindow)
        self.change_passphrase_action.setObjectName(u"change_passphrase_action")
        self.event_settings_action = QAction(MainWindow)
        self.event_settings_action.setObjectName(u"event_settings_action")
        self.high_contrast_action = QAction(MainWindow)
        self.high_contrast_action.setObjectName(u"high_contrast_action")
        self.high_contrast_action.setCheckable(True)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = QLabel(self.central_widget)
        self.demo_banner.setObjectName(u"demo_banner")
        self.demo_banner.setVisible(False)
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setWordWrap(True)

        self.central_layout.addWidget(self.demo_banner)

        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")

        self.central_layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.station_menu = QMenu(self.menu_bar)
        self.station_menu.setObjectName(u"station_menu")
        self.team_menu = QMenu(self.menu_bar)
        self.team_menu.setObjectName(u"team_menu")
        self.event_menu = QMenu(self.menu_bar)
        self.event_menu.setObjectName(u"event_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.tool_bar = QToolBar(MainWindow)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setMovable(False)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tool_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.station_menu.menuAction())
        self.menu_bar.addAction(self.team_menu.menuAction())
        self.menu_bar.addAction(self.event_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.station_menu.addAction(self.new_report_action)
        self.station_menu.addAction(self.board_action)
        self.station_menu.addAction(self.case_list_action)
        self.station_menu.addSeparator()
        self.station_menu.addAction(self.lock_action)
        self.station_menu.addAction(self.quit_action)
        self.team_menu.addAction(self.members_action)
        self.team_menu.addAction(self.change_passphrase_action)
        self.event_menu.addAction(self.event_settings_action)
        self.view_menu.addAction(self.high_contrast_action)
        self.tool_bar.addAction(self.new_report_action)
        self.tool_bar.addAction(self.board_action)
        self.tool_bar.addAction(self.case_list_action)
        self.tool_bar.addAction(self.lock_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CoC Desk", None))
        self.new_report_action.setText(QCoreApplication.translate("MainWindow", u"&New report", None))
#if QT_CONFIG(tooltip)
        self.new_report_action.setToolTip(QCoreApplication.translate("MainWindow", u"Take a new report with the response wizard (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.new_report_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.board_action.setText(QCoreApplication.translate("MainWindow", u"&Board", None))
#if QT_CONFIG(tooltip)
        self.board_action.setToolTip(QCoreApplication.translate("MainWindow", u"Open the triage board (Ctrl+B)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.board_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.case_list_action.setText(QCoreApplication.translate("MainWindow", u"&Cases", None))
#if QT_CONFIG(tooltip)
        self.case_list_action.setToolTip(QCoreApplication.translate("MainWindow", u"Back to the list of cases (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.case_list_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
#if QT_CONFIG(tooltip)
        self.lock_action.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the station now (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.members_action.setText(QCoreApplication.translate("MainWindow", u"&Members\u2026", None))
#if QT_CONFIG(tooltip)
        self.members_action.setToolTip(QCoreApplication.translate("MainWindow", u"Add members, change their roles, remove them", None))
#endif // QT_CONFIG(tooltip)
        self.change_passphrase_action.setText(QCoreApplication.translate("MainWindow", u"Change my &passphrase\u2026", None))
        self.event_settings_action.setText(QCoreApplication.translate("MainWindow", u"Event &settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.event_settings_action.setToolTip(QCoreApplication.translate("MainWindow", u"Contacts, deadlines, auto-lock and the procedure file", None))
#endif // QT_CONFIG(tooltip)
        self.high_contrast_action.setText(QCoreApplication.translate("MainWindow", u"&High contrast", None))
#if QT_CONFIG(shortcut)
        self.high_contrast_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+H", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.demo_banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Demo banner", None))
#endif // QT_CONFIG(accessibility)
        self.demo_banner.setText(QCoreApplication.translate("MainWindow", u"DEMO \u2014 sample cases only. Nothing here is real, and all of it is deleted when the window closes.", None))
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.station_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Station", None))
        self.team_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Team", None))
        self.event_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Event", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Actions", None))
#if QT_CONFIG(accessibility)
        self.tool_bar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Actions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


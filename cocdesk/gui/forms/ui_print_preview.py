# generated — do not edit: change ui/print_preview.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrintPreview(object):
    def setupUi(self, print_preview):
        if not print_preview.objectName():
            print_preview.setObjectName(u"print_preview")
        print_preview.resize(760, 900)
        self.preview_layout = QVBoxLayout(print_preview)
        self.preview_layout.setObjectName(u"preview_layout")
        self.bar_layout = QHBoxLayout()
        self.bar_layout.setObjectName(u"bar_layout")
        self.print_button = QPushButton(print_preview)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.bar_layout.addWidget(self.print_button)

        self.save_button = QPushButton(print_preview)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.bar_layout.addWidget(self.save_button)

        self.print_space = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.print_space)

        self.zoom_out = QPushButton(print_preview)
        self.zoom_out.setObjectName(u"zoom_out")
        self.zoom_out.setAutoDefault(False)

        self.bar_layout.addWidget(self.zoom_out)

        self.zoom_label = QLabel(print_preview)
        self.zoom_label.setObjectName(u"zoom_label")

        self.bar_layout.addWidget(self.zoom_label)

        self.zoom_in = QPushButton(print_preview)
        self.zoom_in.setObjectName(u"zoom_in")
        self.zoom_in.setAutoDefault(False)

        self.bar_layout.addWidget(self.zoom_in)

        self.fit_button = QPushButton(print_preview)
        self.fit_button.setObjectName(u"fit_button")
        self.fit_button.setAutoDefault(False)

        self.bar_layout.addWidget(self.fit_button)

        self.bar_stretch = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.bar_stretch)

        self.busy_label = QLabel(print_preview)
        self.busy_label.setObjectName(u"busy_label")

        self.bar_layout.addWidget(self.busy_label)

        self.page_label = QLabel(print_preview)
        self.page_label.setObjectName(u"page_label")

        self.bar_layout.addWidget(self.page_label)

        self.close_space = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.close_space)

        self.close_button = QPushButton(print_preview)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.bar_layout.addWidget(self.close_button)


        self.preview_layout.addLayout(self.bar_layout)

        self.uncovered_notice = QLabel(print_preview)
        self.uncovered_notice.setObjectName(u"uncovered_notice")
        self.uncovered_notice.setWordWrap(True)
        self.uncovered_notice.setProperty(u"problem", True)

        self.preview_layout.addWidget(self.uncovered_notice)

        self.preview_pages = QScrollArea(print_preview)
        self.preview_pages.setObjectName(u"preview_pages")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview_pages.sizePolicy().hasHeightForWidth())
        self.preview_pages.setSizePolicy(sizePolicy)
        self.preview_pages.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview_pages.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.sheets = QWidget()
        self.sheets.setObjectName(u"sheets")
        self.sheets_layout = QVBoxLayout(self.sheets)
        self.sheets_layout.setSpacing(12)
        self.sheets_layout.setObjectName(u"sheets_layout")
        self.preview_pages.setWidget(self.sheets)

        self.preview_layout.addWidget(self.preview_pages)

        self.saved_label = QLabel(print_preview)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setVisible(False)

        self.preview_layout.addWidget(self.saved_label)

        QWidget.setTabOrder(self.preview_pages, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.zoom_out)
        QWidget.setTabOrder(self.zoom_out, self.zoom_in)
        QWidget.setTabOrder(self.zoom_in, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.close_button)

        self.retranslateUi(print_preview)
        self.close_button.clicked.connect(print_preview.reject)

        self.print_button.setDefault(True)


        QMetaObject.connectSlotsByName(print_preview)
    # setupUi

    def retranslateUi(self, print_preview):
        print_preview.setWindowTitle(QCoreApplication.translate("PrintPreview", u"Print preview", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("PrintPreview", u"Print (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Print", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("PrintPreview", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PrintPreview", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("PrintPreview", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.zoom_out.setToolTip(QCoreApplication.translate("PrintPreview", u"Smaller (Ctrl+\u2212)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_out.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_out.setText(QCoreApplication.translate("PrintPreview", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_in.setToolTip(QCoreApplication.translate("PrintPreview", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_in.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_in.setText(QCoreApplication.translate("PrintPreview", u"+", None))
#if QT_CONFIG(tooltip)
        self.fit_button.setToolTip(QCoreApplication.translate("PrintPreview", u"Fit the page (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fit_button.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Fit width", None))
#endif // QT_CONFIG(accessibility)
        self.fit_button.setText(QCoreApplication.translate("PrintPreview", u"&Fit width", None))
#if QT_CONFIG(accessibility)
        self.busy_label.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Preparing the preview", None))
#endif // QT_CONFIG(accessibility)
        self.busy_label.setText(QCoreApplication.translate("PrintPreview", u"Preparing the preview\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("PrintPreview", u"Close (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("PrintPreview", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("PrintPreview", u"Close", None))
    # retranslateUi


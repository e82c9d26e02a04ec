# generated — do not edit: change ui/decision_form.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_form.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QWidget)

class Ui_DecisionForm(object):
    def setupUi(self, DecisionForm):
        if not DecisionForm.objectName():
            DecisionForm.setObjectName(u"DecisionForm")
        DecisionForm.resize(320, 220)
        self.form_layout = QFormLayout(DecisionForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.when_label = QLabel(DecisionForm)
        self.when_label.setObjectName(u"when_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_layout = QHBoxLayout()
        self.when_layout.setObjectName(u"when_layout")
        self.now_button = QRadioButton(DecisionForm)
        self.when_group = QButtonGroup(DecisionForm)
        self.when_group.setObjectName(u"when_group")
        self.when_group.addButton(self.now_button)
        self.now_button.setObjectName(u"now_button")
        self.now_button.setChecked(True)

        self.when_layout.addWidget(self.now_button)

        self.later_button = QRadioButton(DecisionForm)
        self.when_group.addButton(self.later_button)
        self.later_button.setObjectName(u"later_button")

        self.when_layout.addWidget(self.later_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.when_layout)

        self.response_label = QLabel(DecisionForm)
        self.response_label.setObjectName(u"response_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response_combo = QComboBox(DecisionForm)
        self.response_combo.setObjectName(u"response_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.response_combo)

        self.decision_label = QLabel(DecisionForm)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_text = QPlainTextEdit(DecisionForm)
        self.decision_text.setObjectName(u"decision_text")
        self.decision_text.setMinimumSize(QSize(0, 64))
        self.decision_text.setMaximumSize(QSize(16777215, 64))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_text)

        self.owner_label = QLabel(DecisionForm)
        self.owner_label.setObjectName(u"owner_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_combo = QComboBox(DecisionForm)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setEditable(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.record_button = QPushButton(DecisionForm)
        self.record_button.setObjectName(u"record_button")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.record_button)

#if QT_CONFIG(shortcut)
        self.response_label.setBuddy(self.response_combo)
        self.decision_label.setBuddy(self.decision_text)
        self.owner_label.setBuddy(self.owner_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.now_button, self.later_button)
        QWidget.setTabOrder(self.later_button, self.response_combo)
        QWidget.setTabOrder(self.response_combo, self.decision_text)
        QWidget.setTabOrder(self.decision_text, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.record_button)

        self.retranslateUi(DecisionForm)

        QMetaObject.connectSlotsByName(DecisionForm)
    # setupUi

    def retranslateUi(self, DecisionForm):
        self.when_label.setText(QCoreApplication.translate("DecisionForm", u"When", None))
        self.now_button.setText(QCoreApplication.translate("DecisionForm", u"For right n&ow", None))
        self.later_button.setText(QCoreApplication.translate("DecisionForm", u"For &later", None))
        self.response_label.setText(QCoreApplication.translate("DecisionForm", u"&Response", None))
#if QT_CONFIG(accessibility)
        self.response_combo.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Response from the ladder", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("DecisionForm", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.decision_text.setAccessibleName(QCoreApplication.translate("DecisionForm", u"What was decided", None))
#endif // QT_CONFIG(accessibility)
        self.decision_text.setPlaceholderText(QCoreApplication.translate("DecisionForm", u"What the team decided", None))
        self.owner_label.setText(QCoreApplication.translate("DecisionForm", u"Carried out &by", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Who carries it out", None))
#endif // QT_CONFIG(accessibility)
        self.record_button.setText(QCoreApplication.translate("DecisionForm", u"Record &the decision", None))
        pass
    # retranslateUi


# generated — do not edit: change ui/event_form.ui and run packaging/build_ui.py
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        EventForm.resize(560, 320)
        self.event_layout = QFormLayout(EventForm)
        self.event_layout.setObjectName(u"event_layout")
        self.event_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.event_name_label = QLabel(EventForm)
        self.event_name_label.setObjectName(u"event_name_label")

        self.event_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_name_label)

        self.event_name_edit = QLineEdit(EventForm)
        self.event_name_edit.setObjectName(u"event_name_edit")

        self.event_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_name_edit)

        self.starts_on_label = QLabel(EventForm)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.event_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on_edit = QDateEdit(EventForm)
        self.starts_on_edit.setObjectName(u"starts_on_edit")
        self.starts_on_edit.setCalendarPopup(True)

        self.event_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_on_edit)

        self.ends_on_label = QLabel(EventForm)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.event_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on_edit = QDateEdit(EventForm)
        self.ends_on_edit.setObjectName(u"ends_on_edit")
        self.ends_on_edit.setCalendarPopup(True)

        self.event_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on_edit)

        self.venue_label = QLabel(EventForm)
        self.venue_label.setObjectName(u"venue_label")

        self.event_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue_edit = QLineEdit(EventForm)
        self.venue_edit.setObjectName(u"venue_edit")

        self.event_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venue_edit)

        self.time_zone_label = QLabel(EventForm)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.event_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_combo = QComboBox(EventForm)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setEditable(True)

        self.event_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.time_zone_combo)

        self.paper_size_label = QLabel(EventForm)
        self.paper_size_label.setObjectName(u"paper_size_label")

        self.event_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paper_size_label)

        self.paper_size_combo = QComboBox(EventForm)
        self.paper_size_combo.setObjectName(u"paper_size_combo")

        self.event_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paper_size_combo)

        self.policy_location_label = QLabel(EventForm)
        self.policy_location_label.setObjectName(u"policy_location_label")

        self.event_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.policy_location_label)

        self.policy_location_edit = QLineEdit(EventForm)
        self.policy_location_edit.setObjectName(u"policy_location_edit")

        self.event_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.policy_location_edit)

        self.team_contact_label = QLabel(EventForm)
        self.team_contact_label.setObjectName(u"team_contact_label")

        self.event_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.team_contact_label)

        self.team_contact_edit = QLineEdit(EventForm)
        self.team_contact_edit.setObjectName(u"team_contact_edit")

        self.event_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.team_contact_edit)

        self.attendees_label = QLabel(EventForm)
        self.attendees_label.setObjectName(u"attendees_label")

        self.event_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees_spin = QSpinBox(EventForm)
        self.attendees_spin.setObjectName(u"attendees_spin")
        self.attendees_spin.setMinimum(0)
        self.attendees_spin.setMaximum(1000000)
        self.attendees_spin.setGroupSeparatorShown(True)

        self.event_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.attendees_spin)

#if QT_CONFIG(shortcut)
        self.event_name_label.setBuddy(self.event_name_edit)
        self.starts_on_label.setBuddy(self.starts_on_edit)
        self.ends_on_label.setBuddy(self.ends_on_edit)
        self.venue_label.setBuddy(self.venue_edit)
        self.time_zone_label.setBuddy(self.time_zone_combo)
        self.paper_size_label.setBuddy(self.paper_size_combo)
        self.policy_location_label.setBuddy(self.policy_location_edit)
        self.team_contact_label.setBuddy(self.team_contact_edit)
        self.attendees_label.setBuddy(self.attendees_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventForm)

        QMetaObject.connectSlotsByName(EventForm)
    # setupUi

    def retranslateUi(self, EventForm):
        self.event_name_label.setText(QCoreApplication.translate("EventForm", u"Event na&me", None))
#if QT_CONFIG(accessibility)
        self.event_name_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"Event name", None))
#endif // QT_CONFIG(accessibility)
        self.event_name_edit.setPlaceholderText(QCoreApplication.translate("EventForm", u"PyCon Example 2026", None))
        self.starts_on_label.setText(QCoreApplication.translate("EventForm", u"&Starts on", None))
#if QT_CONFIG(accessibility)
        self.starts_on_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"Starts on", None))
#endif // QT_CONFIG(accessibility)
        self.starts_on_edit.setDisplayFormat(QCoreApplication.translate("EventForm", u"yyyy-MM-dd", None))
        self.ends_on_label.setText(QCoreApplication.translate("EventForm", u"&Ends on", None))
#if QT_CONFIG(accessibility)
        self.ends_on_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"Ends on", None))
#endif // QT_CONFIG(accessibility)
        self.ends_on_edit.setDisplayFormat(QCoreApplication.translate("EventForm", u"yyyy-MM-dd", None))
        self.venue_label.setText(QCoreApplication.translate("EventForm", u"&Venue", None))
#if QT_CONFIG(accessibility)
        self.venue_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.time_zone_label.setText(QCoreApplication.translate("EventForm", u"&Time zone", None))
#if QT_CONFIG(accessibility)
        self.time_zone_combo.setAccessibleName(QCoreApplication.translate("EventForm", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.paper_size_label.setText(QCoreApplication.translate("EventForm", u"Pape&r size", None))
#if QT_CONFIG(accessibility)
        self.paper_size_combo.setAccessibleName(QCoreApplication.translate("EventForm", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.policy_location_label.setText(QCoreApplication.translate("EventForm", u"Polic&y published at", None))
#if QT_CONFIG(accessibility)
        self.policy_location_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"Where the code of conduct is published", None))
#endif // QT_CONFIG(accessibility)
        self.policy_location_edit.setPlaceholderText(QCoreApplication.translate("EventForm", u"https://example.org/code-of-conduct", None))
        self.team_contact_label.setText(QCoreApplication.translate("EventForm", u"How attendees reac&h the team", None))
#if QT_CONFIG(accessibility)
        self.team_contact_edit.setAccessibleName(QCoreApplication.translate("EventForm", u"How attendees reach the team", None))
#endif // QT_CONFIG(accessibility)
        self.team_contact_edit.setPlaceholderText(QCoreApplication.translate("EventForm", u"coc@example.org, or the desk by the registration", None))
        self.attendees_label.setText(QCoreApplication.translate("EventForm", u"Attendees, about", None))
#if QT_CONFIG(accessibility)
        self.attendees_spin.setAccessibleName(QCoreApplication.translate("EventForm", u"Attendees, about", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendees_spin.setAccessibleDescription(QCoreApplication.translate("EventForm", u"The event's size, for the transparency report", None))
#endif // QT_CONFIG(accessibility)
        self.attendees_spin.setSpecialValueText(QCoreApplication.translate("EventForm", u"Not counted", None))
        pass
    # retranslateUi


# generated — do not edit: change resources/ and run packaging/build_ui.py
# mypy: ignore-errors
# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x17\xda\
/\
* The station's \
everyday look. S\
izes of text com\
e from the syste\
m font; nothing \
here sets a font\
 size. */\x0a\x0aQWidg\
et {\x0a    color: \
#1b1f24;\x0a}\x0aQMain\
Window, QDialog,\
 QWidget#UnlockW\
indow {\x0a    back\
ground: #f4f5f7;\
\x0a}\x0aQFrame#unlock\
_card {\x0a    back\
ground: #ffffff;\
\x0a    border: 1px\
 solid #c9ced6;\x0a\
    border-radiu\
s: 8px;\x0a}\x0aQLabel\
#demo_banner {\x0a \
   background: #\
9a3412;\x0a    colo\
r: #ffffff;\x0a    \
font-weight: bol\
d;\x0a    padding: \
6px;\x0a}\x0aQLabel#me\
ssage_label[prob\
lem=\x22true\x22], QLa\
bel[problem=\x22tru\
e\x22] {\x0a    color:\
 #9f1239;\x0a    fo\
nt-weight: bold;\
\x0a}\x0aQLineEdit, QC\
omboBox, QSpinBo\
x, QDoubleSpinBo\
x, QDateEdit, QT\
extBrowser, QTab\
leView, QTableWi\
dget, QPlainText\
Edit {\x0a    backg\
round: #ffffff;\x0a\
    border: 1px \
solid #9aa3af;\x0a \
   border-radius\
: 4px;\x0a    paddi\
ng: 3px;\x0a    sel\
ection-backgroun\
d-color: #1d4ed8\
;\x0a    selection-\
color: #ffffff;\x0a\
}\x0aQPushButton {\x0a\
    background: \
#ffffff;\x0a    bor\
der: 1px solid #\
7b8494;\x0a    bord\
er-radius: 4px;\x0a\
    padding: 5px\
 12px;\x0a}\x0aQPushBu\
tton:default {\x0a \
   background: #\
1d4ed8;\x0a    bord\
er-color: #1d4ed\
8;\x0a    color: #f\
fffff;\x0a}\x0aQPushBu\
tton:disabled {\x0a\
    color: #8a91\
9c;\x0a    border-c\
olor: #c9ced6;\x0a}\
\x0aQPushButton:hov\
er {\x0a    border-\
color: #1d4ed8;\x0a\
}\x0a\x0a/* A focus an\
yone can see fro\
m across the des\
k: its ring stan\
ds out 4.5:1 fro\
m the window. */\
\x0aQLineEdit:focus\
, QComboBox:focu\
s, QSpinBox:focu\
s, QDoubleSpinBo\
x:focus, QDateEd\
it:focus, QTextB\
rowser:focus,\x0aQT\
ableView:focus, \
QTableWidget:foc\
us, QPlainTextEd\
it:focus {\x0a    b\
order: 2px solid\
 #b45309;\x0a}\x0aQPus\
hButton:focus, Q\
CheckBox:focus, \
QRadioButton:foc\
us, QToolButton:\
focus {\x0a    bord\
er: 2px solid #b\
45309;\x0a}\x0aQCheckB\
ox, QRadioButton\
 {\x0a    border: 2\
px solid transpa\
rent;  /* the fo\
cus ring's room,\
 so that the con\
trol keeps its s\
ize */\x0a}\x0aQCheckB\
ox:focus, QRadio\
Button:focus {\x0a \
   border-radius\
: 3px;\x0a}\x0a/* The \
boxes themselves\
, drawn here rat\
her than nativel\
y: an unchecked \
box's edge stand\
s out 3:1 from\x0a \
  the window, an\
d a checked one \
carries its mark\
. */\x0aQCheckBox::\
indicator, QRadi\
oButton::indicat\
or {\x0a    border:\
 2px solid #4a4f\
55;\x0a    backgrou\
nd: #ffffff;\x0a   \
 width: 14px;\x0a  \
  height: 14px;\x0a\
}\x0aQRadioButton::\
indicator {\x0a    \
border-radius: 9\
px;\x0a}\x0aQCheckBox:\
:indicator:check\
ed {\x0a    border-\
color: #1d4ed8;\x0a\
    image: url(:\
/cocdesk/icons/c\
heck-dark.svg);\x0a\
}\x0aQRadioButton::\
indicator:checke\
d {\x0a    border-c\
olor: #1d4ed8;\x0a \
   image: url(:/\
cocdesk/icons/do\
t-dark.svg);\x0a}\x0aQ\
CheckBox::indica\
tor:disabled, QR\
adioButton::indi\
cator:disabled {\
\x0a    border-colo\
r: #a0a4aa;\x0a    \
background: #f4f\
5f7;\x0a}\x0aQTabBar::\
tab:focus {\x0a    \
border: 2px soli\
d #b45309;\x0a}\x0a\x0aQT\
ableView::item:s\
elected, QTableW\
idget::item:sele\
cted {\x0a    backg\
round: #1d4ed8;\x0a\
    color: #ffff\
ff;\x0a}\x0aQHeaderVie\
w::section {\x0a   \
 background: #e7\
eaee;\x0a    border\
: none;\x0a    bord\
er-right: 1px so\
lid #c9ced6;\x0a   \
 padding: 4px 6p\
x;\x0a    font-weig\
ht: bold;\x0a}\x0aQToo\
lBar {\x0a    backg\
round: #e7eaee;\x0a\
    border-botto\
m: 1px solid #c9\
ced6;\x0a    spacin\
g: 6px;\x0a    padd\
ing: 3px;\x0a}\x0aQToo\
lButton {\x0a    bo\
rder: 2px solid \
transparent;\x0a   \
 border-radius: \
4px;\x0a    padding\
: 3px 6px;\x0a}\x0aQTo\
olButton:hover {\
\x0a    border-colo\
r: #9aa3af;\x0a}\x0aQS\
tatusBar {\x0a    b\
ackground: #e7ea\
ee;\x0a    border-t\
op: 1px solid #c\
9ced6;\x0a}\x0aQLabel#\
signed_in_label \
{\x0a    font-weigh\
t: bold;\x0a    pad\
ding: 0 8px;\x0a}\x0aQ\
ProgressBar {\x0a  \
  border: 1px so\
lid #9aa3af;\x0a   \
 border-radius: \
4px;\x0a    text-al\
ign: center;\x0a   \
 background: #ff\
ffff;\x0a}\x0aQProgres\
sBar[strength=\x220\
\x22]::chunk, QProg\
ressBar[strength\
=\x221\x22]::chunk {\x0a \
   background: #\
e11d48;\x0a}\x0aQProgr\
essBar[strength=\
\x222\x22]::chunk {\x0a  \
  background: #f\
59e0b;\x0a}\x0aQProgre\
ssBar[strength=\x22\
3\x22]::chunk, QPro\
gressBar[strengt\
h=\x224\x22]::chunk {\x0a\
    background: \
#16a34a;\x0a}\x0a\x0a/* D\
rop-down and spi\
n arrows: once a\
 box has a style\
d border, its ar\
rows are drawn f\
rom here. */\x0aQCo\
mboBox::drop-dow\
n, QDateEdit::dr\
op-down {\x0a    su\
bcontrol-origin:\
 padding;\x0a    su\
bcontrol-positio\
n: center right;\
\x0a    width: 22px\
;\x0a    border: no\
ne;\x0a    border-l\
eft: 1px solid #\
9aa3af;\x0a}\x0aQCombo\
Box::down-arrow,\
 QDateEdit::down\
-arrow, QSpinBox\
::down-arrow, QD\
oubleSpinBox::do\
wn-arrow {\x0a    i\
mage: url(:/cocd\
esk/icons/down.s\
vg);\x0a    width: \
10px;\x0a    height\
: 10px;\x0a}\x0aQSpinB\
ox::up-arrow, QD\
oubleSpinBox::up\
-arrow {\x0a    ima\
ge: url(:/cocdes\
k/icons/up.svg);\
\x0a    width: 10px\
;\x0a    height: 10\
px;\x0a}\x0aQSpinBox::\
up-button, QSpin\
Box::down-button\
, QDoubleSpinBox\
::up-button, QDo\
ubleSpinBox::dow\
n-button {\x0a    w\
idth: 20px;\x0a    \
border: none;\x0a  \
  border-left: 1\
px solid #9aa3af\
;\x0a}\x0aQTableView, \
QTableWidget {\x0a \
   alternate-bac\
kground-color: #\
f3f5f8;\x0a    grid\
line-color: #d5d\
9df;\x0a}\x0a\x0a/* The r\
etention date: a\
 reminder in its\
 last week, an a\
larm once it has\
 passed. */\x0aQLab\
el#retention_ban\
ner {\x0a    paddin\
g: 8px 12px;\x0a}\x0aQ\
Label#retention_\
banner[urgency=\x22\
near\x22] {\x0a    bac\
kground: #fef3c7\
;\x0a    color: #78\
350f;\x0a    border\
-bottom: 1px sol\
id #d97706;\x0a}\x0aQL\
abel#retention_b\
anner[urgency=\x22p\
assed\x22] {\x0a    ba\
ckground: #b91c1\
c;\x0a    color: #f\
fffff;\x0a    font-\
weight: bold;\x0a  \
  padding: 12px;\
\x0a}\x0a\x0a/* Closing t\
he event: the on\
e button that ca\
nnot be undone l\
ooks like it. */\
\x0aQPushButton#des\
troy_button:enab\
led {\x0a    backgr\
ound: #b91c1c;\x0a \
   border-color:\
 #7f1d1d;\x0a    co\
lor: #ffffff;\x0a}\x0a\
\x0a/* Someone is i\
n danger: the cr\
isis contacts' f\
rame and its tit\
le. */\x0aQFrame#da\
nger {\x0a    borde\
r: 3px solid #b3\
261e;\x0a    border\
-radius: 6px;\x0a}\x0a\
QLabel#danger_ti\
tle {\x0a    color:\
 #b3261e;\x0a}\x0aQLis\
tView::item:sele\
cted, QListWidge\
t::item:selected\
 {\x0a    backgroun\
d: #1d4ed8;\x0a    \
color: #ffffff;\x0a\
}\x0a\x0a/* A check's \
verdict on a tex\
t being written:\
 something flagg\
ed, or nothing f\
ound. */\x0aQLabel[\
verdict=\x22flagged\
\x22] {\x0a    color: \
#b3261e;\x0a}\x0aQLabe\
l[verdict=\x22clear\
\x22] {\x0a    color: \
#146c2e;\x0a}\x0a\x0a/* U\
nder a typed ans\
wer: the names f\
ound in it, and \
how it reads to \
those who may no\
t see them. */\x0aQ\
Label#name_echo \
{\x0a    color: #5c\
3d00;\x0a}\x0a\x0a/* A fi\
eld's hint while\
 it is empty: re\
adable (4.5:1), \
not the half-tra\
nsparent text it\
 is by default. \
*/\x0aQLineEdit, QP\
lainTextEdit, QT\
extEdit, QComboB\
ox, QSpinBox, QD\
ateEdit {\x0a    pl\
aceholder-text-c\
olor: #5f6368;\x0a}\
\x0a\x0a/* The calenda\
r's month arrows\
: the style's ow\
n are dark grey \
whatever the loo\
k. */\x0aQCalendarW\
idget QToolButto\
n#qt_calendar_pr\
evmonth {\x0a    qp\
roperty-icon: ur\
l(:/cocdesk/icon\
s/left.svg);\x0a}\x0aQ\
CalendarWidget Q\
ToolButton#qt_ca\
lendar_nextmonth\
 {\x0a    qproperty\
-icon: url(:/coc\
desk/icons/right\
.svg);\x0a}\x0a\
\x00\x00\x18\x16\
/\
* High contrast:\
 white on black,\
 yellow for focu\
s and selection.\
 Same structure \
as style.qss. */\
\x0a\x0aQWidget {\x0a    \
color: #ffffff;\x0a\
    background: \
#000000;\x0a}\x0aQFram\
e#unlock_card {\x0a\
    border: 2px \
solid #ffffff;\x0a \
   border-radius\
: 0;\x0a}\x0aQLabel#de\
mo_banner {\x0a    \
background: #fff\
f00;\x0a    color: \
#000000;\x0a    fon\
t-weight: bold;\x0a\
    padding: 6px\
;\x0a}\x0aQLabel[probl\
em=\x22true\x22] {\x0a   \
 color: #ffff00;\
\x0a    font-weight\
: bold;\x0a}\x0aQLineE\
dit, QComboBox, \
QSpinBox, QDoubl\
eSpinBox, QDateE\
dit, QTextBrowse\
r, QTableView, Q\
TableWidget, QPl\
ainTextEdit {\x0a  \
  background: #0\
00000;\x0a    color\
: #ffffff;\x0a    b\
order: 2px solid\
 #ffffff;\x0a    pa\
dding: 3px;\x0a    \
selection-backgr\
ound-color: #fff\
f00;\x0a    selecti\
on-color: #00000\
0;\x0a}\x0aQComboBox Q\
AbstractItemView\
 {\x0a    backgroun\
d: #000000;\x0a    \
color: #ffffff;\x0a\
    selection-ba\
ckground-color: \
#ffff00;\x0a    sel\
ection-color: #0\
00000;\x0a}\x0aQPushBu\
tton, QToolButto\
n {\x0a    backgrou\
nd: #000000;\x0a   \
 color: #ffffff;\
\x0a    border: 2px\
 solid #ffffff;\x0a\
    padding: 5px\
 12px;\x0a}\x0a/* Ever\
y button's type \
has the same wei\
ght: a bold defa\
ult outgrows the\
 size its text w\
as measured at\x0a \
  and loses lett\
ers. The default\
 and the focused\
 button take a t\
hicker border in\
stead, with padd\
ing\x0a   one pixel\
 less so that th\
e button keeps i\
ts size. */\x0aQPus\
hButton:default \
{\x0a    border: 3p\
x solid #ffffff;\
\x0a    padding: 4p\
x 11px;\x0a}\x0aQPushB\
utton:disabled {\
\x0a    color: #9a9\
a9a;\x0a    border-\
color: #9a9a9a;\x0a\
}\x0aQLineEdit:focu\
s, QComboBox:foc\
us, QSpinBox:foc\
us, QDoubleSpinB\
ox:focus, QDateE\
dit:focus, QText\
Browser:focus,\x0aQ\
TableView:focus,\
 QTableWidget:fo\
cus, QPlainTextE\
dit:focus, QList\
View:focus,\x0aQPus\
hButton:focus, Q\
CheckBox:focus, \
QRadioButton:foc\
us, QToolButton:\
focus, QTabBar::\
tab:focus {\x0a    \
border: 3px soli\
d #ffff00;\x0a}\x0aQPu\
shButton:focus, \
QToolButton:focu\
s {\x0a    padding:\
 4px 11px;\x0a}\x0aQTa\
bleView::item:se\
lected, QTableWi\
dget::item:selec\
ted, QMenu::item\
:selected, QMenu\
Bar::item:select\
ed {\x0a    backgro\
und: #ffff00;\x0a  \
  color: #000000\
;\x0a}\x0aQHeaderView:\
:section {\x0a    b\
ackground: #0000\
00;\x0a    color: #\
ffffff;\x0a    bord\
er: 1px solid #f\
fffff;\x0a    paddi\
ng: 4px 6px;\x0a   \
 font-weight: bo\
ld;\x0a}\x0aQTabBar::t\
ab {\x0a    backgro\
und: #000000;\x0a  \
  color: #ffffff\
;\x0a    border: 2p\
x solid #ffffff;\
\x0a    padding: 4p\
x 10px;\x0a}\x0aQTabBa\
r::tab:selected \
{\x0a    background\
: #ffffff;\x0a    c\
olor: #000000;\x0a}\
\x0aQToolBar, QStat\
usBar, QMenuBar,\
 QMenu {\x0a    bac\
kground: #000000\
;\x0a    color: #ff\
ffff;\x0a    border\
: 1px solid #fff\
fff;\x0a}\x0aQLabel#si\
gned_in_label {\x0a\
    font-weight:\
 bold;\x0a    paddi\
ng: 0 8px;\x0a}\x0aQPr\
ogressBar {\x0a    \
border: 2px soli\
d #ffffff;\x0a    t\
ext-align: cente\
r;\x0a    color: #f\
fffff;\x0a}\x0aQProgre\
ssBar::chunk {\x0a \
   background: #\
ffff00;\x0a}\x0a/* Che\
ck boxes and rad\
io buttons: once\
 the sheet colou\
rs them, their m\
arks come from h\
ere too (the\x0anat\
ive mark is drop\
ped). Unchecked:\
 an empty white \
outline; checked\
: filled yellow \
with a black mar\
k.\x0aA black borde\
r of the focus r\
ing's width keep\
s the control's \
size when the ri\
ng appears. */\x0aQ\
CheckBox, QRadio\
Button {\x0a    bor\
der: 3px solid #\
000000;\x0a    padd\
ing: 1px 3px;\x0a  \
  spacing: 8px;\x0a\
}\x0aQCheckBox::ind\
icator, QRadioBu\
tton::indicator \
{\x0a    border: 2p\
x solid #ffffff;\
\x0a    background:\
 #000000;\x0a    wi\
dth: 16px;\x0a    h\
eight: 16px;\x0a}\x0aQ\
RadioButton::ind\
icator {\x0a    bor\
der-radius: 10px\
;\x0a}\x0aQCheckBox::i\
ndicator:checked\
 {\x0a    backgroun\
d: #ffff00;\x0a    \
image: url(:/coc\
desk/icons/check\
-dark.svg);\x0a}\x0aQR\
adioButton::indi\
cator:checked {\x0a\
    background: \
#ffff00;\x0a    ima\
ge: url(:/cocdes\
k/icons/dot-dark\
.svg);\x0a}\x0aQCheckB\
ox::indicator:di\
sabled, QRadioBu\
tton::indicator:\
disabled {\x0a    b\
order-color: #9a\
9a9a;\x0a}\x0aQCheckBo\
x:disabled, QRad\
ioButton:disable\
d {\x0a    color: #\
9a9a9a;\x0a}\x0a\x0a/* Dr\
op-down and spin\
 arrows: once a \
box has a styled\
 border, its arr\
ows are drawn fr\
om here. */\x0aQCom\
boBox::drop-down\
, QDateEdit::dro\
p-down {\x0a    sub\
control-origin: \
padding;\x0a    sub\
control-position\
: center right;\x0a\
    width: 22px;\
\x0a    border: non\
e;\x0a    border-le\
ft: 1px solid #f\
fffff;\x0a}\x0aQComboB\
ox::down-arrow, \
QDateEdit::down-\
arrow, QSpinBox:\
:down-arrow, QDo\
ubleSpinBox::dow\
n-arrow {\x0a    im\
age: url(:/cocde\
sk/icons/down-li\
ght.svg);\x0a    wi\
dth: 10px;\x0a    h\
eight: 10px;\x0a}\x0aQ\
SpinBox::up-arro\
w, QDoubleSpinBo\
x::up-arrow {\x0a  \
  image: url(:/c\
ocdesk/icons/up-\
light.svg);\x0a    \
width: 10px;\x0a   \
 height: 10px;\x0a}\
\x0aQSpinBox::up-bu\
tton, QSpinBox::\
down-button, QDo\
ubleSpinBox::up-\
button, QDoubleS\
pinBox::down-but\
ton {\x0a    width:\
 20px;\x0a    borde\
r: none;\x0a    bor\
der-left: 1px so\
lid #ffffff;\x0a}\x0aQ\
TableView, QTabl\
eWidget {\x0a    al\
ternate-backgrou\
nd-color: #20202\
0;\x0a    gridline-\
color: #808080;\x0a\
}\x0a\x0a/* The retent\
ion date: a remi\
nder in its last\
 week, an alarm \
once it has pass\
ed. */\x0aQLabel#re\
tention_banner {\
\x0a    padding: 8p\
x 12px;\x0a}\x0aQLabel\
#retention_banne\
r[urgency=\x22near\x22\
] {\x0a    color: #\
ffff00;\x0a    bord\
er: 2px solid #f\
fff00;\x0a}\x0aQLabel#\
retention_banner\
[urgency=\x22passed\
\x22] {\x0a    backgro\
und: #c00000;\x0a  \
  color: #ffffff\
;\x0a    border: 3p\
x solid #ffff00;\
\x0a    font-weight\
: bold;\x0a    padd\
ing: 12px;\x0a}\x0a\x0a/*\
 Closing the eve\
nt: the one butt\
on that cannot b\
e undone looks l\
ike it. */\x0aQPush\
Button#destroy_b\
utton:enabled {\x0a\
    background: \
#c00000;\x0a    col\
or: #ffffff;\x0a}\x0a\x0a\
/* Someone is in\
 danger: the cri\
sis contacts' fr\
ame and its titl\
e. */\x0aQFrame#dan\
ger {\x0a    border\
: 4px solid #ff8\
080;\x0a}\x0aQLabel#da\
nger_title {\x0a   \
 color: #ff8080;\
\x0a}\x0aQListView::it\
em:selected, QLi\
stWidget::item:s\
elected {\x0a    ba\
ckground: #ffff0\
0;\x0a    color: #0\
00000;\x0a}\x0aQToolTi\
p {\x0a    backgrou\
nd: #000000;\x0a   \
 color: #ffffff;\
\x0a    border: 1px\
 solid #ffffff;\x0a\
}\x0a\x0a/* A check's \
verdict on a tex\
t being written:\
 something flagg\
ed, or nothing f\
ound. */\x0aQLabel[\
verdict=\x22flagged\
\x22] {\x0a    color: \
#ff8080;\x0a}\x0aQLabe\
l[verdict=\x22clear\
\x22] {\x0a    color: \
#80ff80;\x0a}\x0a\x0a/* U\
nder a typed ans\
wer: the names f\
ound in it, and \
how it reads to \
those who may no\
t see them. */\x0aQ\
Label#name_echo \
{\x0a    color: #ff\
ffff;\x0a}\x0a\x0a/* A fi\
eld's hint while\
 it is empty: re\
adable (4.5:1), \
not the half-tra\
nsparent text it\
 is by default. \
*/\x0aQLineEdit, QP\
lainTextEdit, QT\
extEdit, QComboB\
ox, QSpinBox, QD\
ateEdit {\x0a    pl\
aceholder-text-c\
olor: #c8c8c8;\x0a}\
\x0a\x0a/* The calenda\
r's month arrows\
: the style's ow\
n are dark grey \
whatever the loo\
k. */\x0aQCalendarW\
idget QToolButto\
n#qt_calendar_pr\
evmonth {\x0a    qp\
roperty-icon: ur\
l(:/cocdesk/icon\
s/left-light.svg\
);\x0a}\x0aQCalendarWi\
dget QToolButton\
#qt_calendar_nex\
tmonth {\x0a    qpr\
operty-icon: url\
(:/cocdesk/icons\
/right-light.svg\
);\x0a}\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M2\
 4 L6 8.5 L10 4\x22\
 fill=\x22none\x22 str\
oke=\x22#1b1f24\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M2\
 4 L6 8.5 L10 4\x22\
 fill=\x22none\x22 str\
oke=\x22#ffffff\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M8\
 2 L3.5 6 L8 10\x22\
 fill=\x22none\x22 str\
oke=\x22#ffffff\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x01\xe2\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x223\x22\
 y=\x223\x22 width=\x228\x22\
 height=\x228\x22 rx=\x22\
1\x22 fill=\x22none\x22 s\
troke=\x22#1b1f24\x22 \
stroke-width=\x222\x22\
/>\x0a  <rect x=\x2213\
\x22 y=\x223\x22 width=\x228\
\x22 height=\x228\x22 rx=\
\x221\x22 fill=\x22none\x22 \
stroke=\x22#1b1f24\x22\
 stroke-width=\x222\
\x22/>\x0a  <rect x=\x223\
\x22 y=\x2213\x22 width=\x22\
8\x22 height=\x228\x22 rx\
=\x221\x22 fill=\x22none\x22\
 stroke=\x22#1b1f24\
\x22 stroke-width=\x22\
2\x22/>\x0a  <rect x=\x22\
13\x22 y=\x2213\x22 width\
=\x228\x22 height=\x228\x22 \
rx=\x221\x22 fill=\x22#1d\
4ed8\x22 stroke=\x22#1\
b1f24\x22 stroke-wi\
dth=\x222\x22/>\x0a</svg>\
\x0a\
\x00\x00\x01L\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x224\x22\
 y=\x2210\x22 width=\x221\
6\x22 height=\x2211\x22 r\
x=\x222\x22 fill=\x22none\
\x22 stroke=\x22#1b1f2\
4\x22 stroke-width=\
\x222\x22/>\x0a  <path d=\
\x22M8 10 V7 A4 4 0\
 0 1 16 7 V10\x22 f\
ill=\x22none\x22 strok\
e=\x22#1b1f24\x22 stro\
ke-width=\x222\x22/>\x0a \
 <circle cx=\x2212\x22\
 cy=\x2215.5\x22 r=\x221.\
8\x22 fill=\x22#1b1f24\
\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M2\
 8 L6 3.5 L10 8\x22\
 fill=\x22none\x22 str\
oke=\x22#1b1f24\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xf0\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 6 H20 M4 12 H20\
 M4 18 H20\x22 stro\
ke=\x22#ffffff\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a  <circle\
 cx=\x224\x22 cy=\x226\x22 r\
=\x220.5\x22 fill=\x22#ff\
ffff\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M4\
 2 L8.5 6 L4 10\x22\
 fill=\x22none\x22 str\
oke=\x22#1b1f24\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M2\
 8 L6 3.5 L10 8\x22\
 fill=\x22none\x22 str\
oke=\x22#ffffff\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xf0\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 6 H20 M4 12 H20\
 M4 18 H20\x22 stro\
ke=\x22#1b1f24\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a  <circle\
 cx=\x224\x22 cy=\x226\x22 r\
=\x220.5\x22 fill=\x22#1b\
1f24\x22/>\x0a</svg>\x0a\
\x00\x00\x01\xe2\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x223\x22\
 y=\x223\x22 width=\x228\x22\
 height=\x228\x22 rx=\x22\
1\x22 fill=\x22none\x22 s\
troke=\x22#ffffff\x22 \
stroke-width=\x222\x22\
/>\x0a  <rect x=\x2213\
\x22 y=\x223\x22 width=\x228\
\x22 height=\x228\x22 rx=\
\x221\x22 fill=\x22none\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x222\
\x22/>\x0a  <rect x=\x223\
\x22 y=\x2213\x22 width=\x22\
8\x22 height=\x228\x22 rx\
=\x221\x22 fill=\x22none\x22\
 stroke=\x22#ffffff\
\x22 stroke-width=\x22\
2\x22/>\x0a  <rect x=\x22\
13\x22 y=\x2213\x22 width\
=\x228\x22 height=\x228\x22 \
rx=\x221\x22 fill=\x22#ff\
ff00\x22 stroke=\x22#f\
fffff\x22 stroke-wi\
dth=\x222\x22/>\x0a</svg>\
\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M8\
 2 L3.5 6 L8 10\x22\
 fill=\x22none\x22 str\
oke=\x22#1b1f24\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\x8a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 16 16\x22 width\
=\x2216\x22 height=\x2216\
\x22>\x0a  <circle cx=\
\x228\x22 cy=\x228\x22 r=\x224\x22\
 fill=\x22#000000\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01L\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x224\x22\
 y=\x2210\x22 width=\x221\
6\x22 height=\x2211\x22 r\
x=\x222\x22 fill=\x22none\
\x22 stroke=\x22#fffff\
f\x22 stroke-width=\
\x222\x22/>\x0a  <path d=\
\x22M8 10 V7 A4 4 0\
 0 1 16 7 V10\x22 f\
ill=\x22none\x22 strok\
e=\x22#ffffff\x22 stro\
ke-width=\x222\x22/>\x0a \
 <circle cx=\x2212\x22\
 cy=\x2215.5\x22 r=\x221.\
8\x22 fill=\x22#ffffff\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x8e\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22>\x0a  <path d=\x22M3\
2 4 L56 12 V30 C\
56 45 46 55 32 6\
0 C18 55 8 45 8 \
30 V12 Z\x22 fill=\x22\
#1d4ed8\x22/>\x0a  <pa\
th d=\x22M32 10 L50\
 16 V30 C50 41 4\
3 49 32 53 C21 4\
9 14 41 14 30 V1\
6 Z\x22 fill=\x22#ffff\
ff\x22/>\x0a  <path d=\
\x22M22 31 L29 38 L\
43 24\x22 fill=\x22non\
e\x22 stroke=\x22#1d4e\
d8\x22 stroke-width\
=\x225\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x8a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M6\
 2 H14 L19 7 V22\
 H6 Z\x22 fill=\x22non\
e\x22 stroke=\x22#1b1f\
24\x22 stroke-width\
=\x222\x22 stroke-line\
join=\x22round\x22/>\x0a \
 <path d=\x22M14 2 \
V7 H19\x22 fill=\x22no\
ne\x22 stroke=\x22#1b1\
f24\x22 stroke-widt\
h=\x222\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <path d=\x22M12.5\
 11 V18 M9 14.5 \
H16\x22 stroke=\x22#1d\
4ed8\x22 stroke-wid\
th=\x222.4\x22 stroke-\
linecap=\x22round\x22/\
>\x0a</svg>\x0a\
\x00\x00\x00\xdf\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 16 16\x22 width\
=\x2216\x22 height=\x2216\
\x22>\x0a  <path d=\x22M3\
 8.5 L6.5 12 L13\
 4.5\x22 fill=\x22none\
\x22 stroke=\x22#00000\
0\x22 stroke-width=\
\x222.6\x22 stroke-lin\
ecap=\x22round\x22 str\
oke-linejoin=\x22ro\
und\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xd8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 12 12\x22 width\
=\x2212\x22 height=\x2212\
\x22>\x0a  <path d=\x22M4\
 2 L8.5 6 L4 10\x22\
 fill=\x22none\x22 str\
oke=\x22#ffffff\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x01\x8a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M6\
 2 H14 L19 7 V22\
 H6 Z\x22 fill=\x22non\
e\x22 stroke=\x22#ffff\
ff\x22 stroke-width\
=\x222\x22 stroke-line\
join=\x22round\x22/>\x0a \
 <path d=\x22M14 2 \
V7 H19\x22 fill=\x22no\
ne\x22 stroke=\x22#fff\
fff\x22 stroke-widt\
h=\x222\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <path d=\x22M12.5\
 11 V18 M9 14.5 \
H16\x22 stroke=\x22#ff\
ff00\x22 stroke-wid\
th=\x222.4\x22 stroke-\
linecap=\x22round\x22/\
>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x07\
\x0aY\xac[\
\x00c\
\x00o\x00c\x00d\x00e\x00s\x00k\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x11\
\x0eP\x19c\
\x00h\
\x00i\x00g\x00h\x00-\x00c\x00o\x00n\x00t\x00r\x00a\x00s\x00t\x00.\x00q\x00s\x00s\
\
\x00\x08\
\x06\xe1W\xa7\
\x00d\
\x00o\x00w\x00n\x00.\x00s\x00v\x00g\
\x00\x0e\
\x005\xc5\xe7\
\x00d\
\x00o\x00w\x00n\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x0e\
\x0aY\xc3\x87\
\x00l\
\x00e\x00f\x00t\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x08\x87\x88g\
\x00b\
\x00o\x00a\x00r\x00d\x00.\x00s\x00v\x00g\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x06\
\x07\xc3Z\xc7\
\x00u\
\x00p\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0eyy\x07\
\x00c\
\x00a\x00s\x00e\x00s\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0d\xf7\xab'\
\x00r\
\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x0c\
\x02q\xdf'\
\x00u\
\x00p\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x09\xc6\x89\xc7\
\x00c\
\x00a\x00s\x00e\x00s\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0c\xe7zG\
\x00b\
\x00o\x00a\x00r\x00d\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\xd7T\x87\
\x00l\
\x00e\x00f\x00t\x00.\x00s\x00v\x00g\
\x00\x0c\
\x05\xe2\xbd\x87\
\x00d\
\x00o\x00t\x00-\x00d\x00a\x00r\x00k\x00.\x00s\x00v\x00g\
\x00\x0e\
\x06\xcb\xc3\xe7\
\x00l\
\x00o\x00c\x00k\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0e\
\x0f\xde_\x07\
\x00n\
\x00e\x00w\x00-\x00r\x00e\x00p\x00o\x00r\x00t\x00.\x00s\x00v\x00g\
\x00\x0e\
\x06\x01\x87\xe7\
\x00c\
\x00h\x00e\x00c\x00k\x00-\x00d\x00a\x00r\x00k\x00.\x00s\x00v\x00g\
\x00\x0f\
\x06\x18\xbc\xc7\
\x00r\
\x00i\x00g\x00h\x00t\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x14\
\x02K\xd4\x87\
\x00n\
\x00e\x00w\x00-\x00r\x00e\x00p\x00o\x00r\x00t\x00-\x00l\x00i\x00g\x00h\x00t\x00.\
\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x02\
\x00\x00\x00$\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x14\x00\x02\x00\x00\x00\x13\x00\x00\x00\x05\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x17\xde\
\x00\x00\x00z\x00\x00\x00\x00\x00\x01\x00\x000\xd4\
\x00\x00\x02f\x00\x00\x00\x00\x00\x01\x00\x00C\xbd\
\x00\x00\x01:\x00\x00\x00\x00\x00\x01\x00\x008n\
\x00\x00\x00\xd6\x00\x00\x00\x00\x00\x01\x00\x004r\
\x00\x00\x01\xaa\x00\x00\x00\x00\x00\x01\x00\x00=\x00\
\x00\x00\x02 \x00\x00\x00\x00\x00\x01\x00\x00A\xfe\
\x00\x00\x02B\x00\x00\x00\x00\x00\x01\x00\x00B\xe1\
\x00\x00\x01\xc8\x00\x00\x00\x00\x00\x01\x00\x00=\x8e\
\x00\x00\x00d\x00\x00\x00\x00\x00\x01\x00\x00/\xf8\
\x00\x00\x00\xec\x00\x00\x00\x00\x00\x01\x00\x005\xc2\
\x00\x00\x01\xea\x00\x00\x00\x00\x00\x01\x00\x00>\xde\
\x00\x00\x00\xbe\x00\x00\x00\x00\x00\x01\x00\x002\x8c\
\x00\x00\x01X\x00\x00\x00\x00\x00\x01\x00\x009J\
\x00\x00\x00\x9c\x00\x00\x00\x00\x00\x01\x00\x001\xb0\
\x00\x00\x01\x94\x00\x00\x00\x00\x00\x01\x00\x00<$\
\x00\x00\x01p\x00\x00\x00\x00\x00\x01\x00\x00:>\
\x00\x00\x01\x22\x00\x00\x00\x00\x00\x01\x00\x007\x92\
\x00\x00\x00\xfe\x00\x00\x00\x00\x00\x01\x00\x006\x9e\
\x00\x00\x01\xfe\x00\x00\x00\x00\x00\x01\x00\x00@p\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()

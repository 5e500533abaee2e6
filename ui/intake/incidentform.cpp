#include "incidentform.h"

#include "datelineedit.h"
#include "directionfollower.h"
#include "domain/policedistrict.h"
#include "domain/violationcategory.h"
#include "fieldregistry.h"
#include "formundo.h"
#include "rowlisteditor.h"
#include "sensitivemask.h"
#include "widgets/objectnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

IncidentForm::IncidentForm(int index, FieldRegistry &registry, FormUndo &undo, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_registry(registry)
    , m_undo(undo)
    , m_date(new DateLineEdit(DateLineEdit::Kind::Date, this))
    , m_time(new DateLineEdit(DateLineEdit::Kind::Time, this))
    , m_location(new QLineEdit(this))
    , m_district(new QComboBox(this))
    , m_agency(new QLineEdit(this))
    , m_narrative(new QPlainTextEdit(this))
    , m_witnessMask(new SensitiveMask(this))
{
    setObjectName(QStringLiteral("incidentForm"));
    m_date->setObjectName(QStringLiteral("incidentDateLineEdit"));
    m_time->setObjectName(QStringLiteral("incidentTimeLineEdit"));
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_district->setObjectName(QStringLiteral("policeDistrictComboBox"));
    m_agency->setObjectName(QStringLiteral("agencyLineEdit"));
    m_narrative->setObjectName(QStringLiteral("narrativePlainTextEdit"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMinimumHeight(110);
    m_district->setEditable(true);
    m_district->addItem(QString(), QString());
    for (const auto &d : bostonPoliceDistricts())
        m_district->addItem(
            policeDistrictLabel(QLatin1String(d.code)), QString::fromLatin1(d.code));
    // Typing a neighbourhood finds its district too ("dorch" → "C-11 — Dorchester").
    m_district->completer()->setFilterMode(Qt::MatchContains);
    m_district->completer()->setCompletionMode(QCompleter::PopupCompletion);
    DirectionFollower::follow(m_location);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const char *label, QWidget *field, const QString &fieldPath) {
        auto *l = new QLabel(this);
        l->setBuddy(field);
        m_labels.append({l, label});
        form->addRow(l, fieldPath.isEmpty() ? field : m_registry.wrap(field, fieldPath));
    };
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "&Date"), m_date, path("date"));
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "&Time"), m_time, path("time"));
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "Where"), m_location, path("location"));
    addRow(
        QT_TRANSLATE_NOOP("IncidentForm", "&Police district"), m_district, path("police_district"));
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "A&gency"), m_agency, path("agency"));

    // Violation categories: each with its plain-language description and a link to its guidance.
    auto *categories = new QWidget(this);
    auto *catLayout = new QVBoxLayout(categories);
    catLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &category : violationCategories()) {
        Category c;
        c.code = category.codeString();
        c.box = new QCheckBox(categories);
        c.box->setObjectName(camelCase(c.code) + QStringLiteral("ViolationCheckBox"));
        c.description = new QLabel(categories);
        c.description->setWordWrap(true);
        c.description->setIndent(24);
        c.description->setStyleSheet(QStringLiteral("color: palette(dark);"));
        // A link-styled button: one tab stop, Enter or Space opens it, the focus is visible
        // (a QLabel with a link took two stops, the first with nothing to see).
        c.link = new QPushButton(categories);
        c.link->setObjectName(camelCase(c.code) + QStringLiteral("GuidancePushButton"));
        c.link->setAutoDefault(false);
        c.link->setFlat(true);
        c.link->setCursor(Qt::PointingHandCursor);
        c.link->setStyleSheet(QStringLiteral(
            "QPushButton { color: palette(link); text-decoration: underline; border: 1px solid "
            "transparent; padding: 1px 2px; text-align: left; }"
            "QPushButton:focus { border: 1px dotted palette(highlight); }"));
        connect(c.link, &QPushButton::clicked, this,
            [this, code = c.code] { emit guidanceRequested(code); });
        connect(c.box, &QCheckBox::toggled, this, &IncidentForm::changed);
        m_undo.watch(c.box);
        catLayout->addWidget(c.box);
        catLayout->addWidget(c.description);
        auto *linkRow = new QHBoxLayout;
        linkRow->addSpacing(22);
        linkRow->addWidget(c.link);
        linkRow->addStretch(1);
        catLayout->addLayout(linkRow);
        m_categories.append(c);
    }
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "What happened"),
        m_registry.wrap(categories, path("violations")), QString());
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "&Narrative"), m_narrative, path("narrative"));

    m_officers = new RowListEditor(QStringLiteral("officer"), path("officers"),
        {{QStringLiteral("name"), QT_TRANSLATE_NOOP("RowListEditor", "Name"),
             RowListEditor::Field::Type::Text, 3},
            {QStringLiteral("badge_number"), QT_TRANSLATE_NOOP("RowListEditor", "Badge number"),
                RowListEditor::Field::Type::Text, 2},
            {QStringLiteral("unit"), QT_TRANSLATE_NOOP("RowListEditor", "Unit"),
                RowListEditor::Field::Type::Text, 2},
            {QStringLiteral("description"), QT_TRANSLATE_NOOP("RowListEditor", "Description"),
                RowListEditor::Field::Type::Text, 4}},
        QT_TRANSLATE_NOOP("RowListEditor", "Add office&r"),
        QT_TRANSLATE_NOOP("RowListEditor", "Officer"), m_registry, m_undo, this);
    m_witnesses = new RowListEditor(QStringLiteral("witness"), path("witnesses"),
        {{QStringLiteral("name"), QT_TRANSLATE_NOOP("RowListEditor", "Name"),
             RowListEditor::Field::Type::Text, 3},
            {QStringLiteral("contact"), QT_TRANSLATE_NOOP("RowListEditor", "Contact"),
                RowListEditor::Field::Type::Text, 3, true},
            {QStringLiteral("statement"), QT_TRANSLATE_NOOP("RowListEditor", "Statement"),
                RowListEditor::Field::Type::Text, 6}},
        QT_TRANSLATE_NOOP("RowListEditor", "Add witne&ss"),
        QT_TRANSLATE_NOOP("RowListEditor", "Witness"), m_registry, m_undo, this);
    m_witnesses->setSensitiveMask(m_witnessMask);
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "Officers"), m_officers, QString());
    addRow(QT_TRANSLATE_NOOP("IncidentForm", "Witnesses"), m_witnesses, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    for (QWidget *w :
        std::initializer_list<QWidget *> {m_date, m_time, m_location, m_agency, m_narrative})
        m_undo.watch(w);
    for (QLineEdit *e :
        {static_cast<QLineEdit *>(m_date), static_cast<QLineEdit *>(m_time), m_location, m_agency})
        connect(e, &QLineEdit::textChanged, this, &IncidentForm::changed);
    connect(m_district, &QComboBox::currentTextChanged, this, &IncidentForm::changed);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, &IncidentForm::changed);
    connect(m_officers, &RowListEditor::changed, this, &IncidentForm::changed);
    // Rows come and go: keep them in reading order.
    for (RowListEditor *list : {m_officers, m_witnesses})
        connect(list, &RowListEditor::changed, this, &IncidentForm::orderTabs);
    connect(m_witnesses, &RowListEditor::changed, this, &IncidentForm::changed);
    retranslate();
}

void IncidentForm::orderTabs()
{
    // Tab goes down the form as it reads: the row editors were made after the fields, so Qt's
    // creation order alone put their buttons first.
    QList<QWidget *> order {m_date, m_time, m_location, m_district, m_agency};
    for (const auto &c : std::as_const(m_categories))
        order << c.box << c.link;
    order << m_narrative << m_officers->focusOrder() << m_witnesses->focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

IncidentForm::~IncidentForm()
{
    m_registry.unregisterPrefix(QStringLiteral("incidents[%1]").arg(m_index));
}

QString IncidentForm::path(const char *key) const
{
    return QStringLiteral("incidents[%1].%2").arg(m_index).arg(QLatin1String(key));
}

void IncidentForm::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels)) {
        label->setText(QCoreApplication::translate("IncidentForm", text));
        if (auto *buddy = label->buddy())
            buddy->setAccessibleName(
                QCoreApplication::translate("IncidentForm", text).remove(QLatin1Char('&')));
    }
    for (auto &c : m_categories) {
        const auto *category = findViolationCategory(c.code);
        c.box->setText(category->translatedTitle());
        c.description->setText(category->translatedDescription());
        c.box->setAccessibleDescription(category->translatedDescription());
        c.link->setText(tr("Read the rights guidance"));
        c.link->setAccessibleName(
            tr("Rights guidance: %1").arg(category->translatedTitle().remove(QLatin1Char('&'))));
    }
    m_location->setPlaceholderText(tr("Street address, intersection or landmark"));
    m_agency->setPlaceholderText(tr("e.g. Boston Police Department"));
    m_narrative->setPlaceholderText(tr("What happened, in the client's words, in order."));
    m_district->lineEdit()->setPlaceholderText(tr("Unknown"));
}

void IncidentForm::setIncident(const Incident &inc)
{
    m_date->setDate(inc.date);
    m_time->setTime(inc.time);
    m_location->setText(inc.location);
    if (const int known = m_district->findData(inc.policeDistrict);
        known > 0 && !inc.policeDistrict.isEmpty())
        m_district->setCurrentIndex(known);
    else
        m_district->setCurrentText(inc.policeDistrict);
    m_agency->setText(inc.agency);
    for (auto &c : m_categories)
        c.box->setChecked(inc.violations.contains(c.code));
    m_narrative->setPlainText(inc.narrative);
    QList<QVariantMap> officers;
    for (const auto &o : inc.officers)
        officers.append(
            {{QStringLiteral("name"), o.name}, {QStringLiteral("badge_number"), o.badgeNumber},
                {QStringLiteral("unit"), o.unit}, {QStringLiteral("description"), o.description}});
    m_officers->setRows(officers);
    QList<QVariantMap> witnesses;
    for (const auto &w : inc.witnesses)
        witnesses.append({{QStringLiteral("name"), w.name}, {QStringLiteral("contact"), w.contact},
            {QStringLiteral("statement"), w.statement}});
    m_witnesses->setRows(witnesses);
    // A stored incident's witness contacts stay hidden until revealed; typed ones are shown.
    if (inc.id > 0)
        m_witnesses->maskStoredValues();
}

Incident IncidentForm::incident() const
{
    Incident inc;
    inc.date = m_date->date();
    inc.time = m_time->time();
    inc.location = m_location->text().trimmed();
    // A listed district is stored by its code; anything else as typed.
    const QString district = m_district->currentText().trimmed();
    const int listed = m_district->findText(district);
    inc.policeDistrict = listed > 0 ? m_district->itemData(listed).toString() : district;
    inc.agency = m_agency->text().trimmed();
    for (const auto &c : m_categories) {
        if (c.box->isChecked())
            inc.violations.append(c.code);
    }
    inc.narrative = m_narrative->toPlainText();
    for (const auto &row : m_officers->rows()) {
        // Badge numbers are evidence: kept exactly as typed, spaces and all.
        Officer o {0, row.value(QStringLiteral("name")).toString().trimmed(),
            row.value(QStringLiteral("badge_number")).toString(),
            row.value(QStringLiteral("unit")).toString().trimmed(),
            row.value(QStringLiteral("description")).toString().trimmed()};
        inc.officers.append(o);
    }
    for (const auto &row : m_witnesses->rows()) {
        inc.witnesses.append(Witness {0, row.value(QStringLiteral("name")).toString().trimmed(),
            row.value(QStringLiteral("contact")).toString().trimmed(),
            row.value(QStringLiteral("statement")).toString().trimmed()});
    }
    return inc;
}

QWidget *IncidentForm::firstField() const
{
    return m_date;
}

void IncidentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui

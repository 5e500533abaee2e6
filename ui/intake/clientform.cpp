#include "clientform.h"

#include "languagecombobox.h"

#include "common/languages.h"
#include "datelineedit.h"
#include "dialogs/questions.h"
#include "directionfollower.h"
#include "fieldregistry.h"
#include "formundo.h"
#include "security/sensitivemarker.h"
#include "sensitivemask.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int kDuplicateDelayMs = 400;

} // namespace

ClientForm::ClientForm(FieldRegistry &registry, FormUndo &undo, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_undo(undo)
    , m_form(new QFormLayout)
    , m_anonymous(new QCheckBox(this))
    , m_fullName(new QLineEdit(this))
    , m_preferredName(new QLineEdit(this))
    , m_language(new LanguageComboBox(this))
    , m_interpreter(new QCheckBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_dateOfBirth(new DateLineEdit(DateLineEdit::Kind::Date, this))
    , m_countryOfBirth(new QLineEdit(this))
    , m_immigrationStatus(new QLineEdit(this))
    , m_aNumber(new QLineEdit(this))
    , m_consent(new QCheckBox(this))
    , m_consentDate(new DateLineEdit(DateLineEdit::Kind::Date, this))
    , m_notes(new QPlainTextEdit(this))
    , m_mask(new SensitiveMask(this))
    , m_revealAll(new QPushButton(this))
    , m_revealAllAction(new QAction(this))
    , m_duplicateFrame(new QFrame(this))
    , m_duplicateLabel(new QLabel(m_duplicateFrame))
    , m_duplicateList(new QListWidget(m_duplicateFrame))
    , m_linkButton(new QPushButton(m_duplicateFrame))
    , m_linkedLabel(new QLabel(this))
    , m_unlinkButton(new QPushButton(this))
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("clientForm"));
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_fullName->setObjectName(QStringLiteral("fullNameLineEdit"));
    m_preferredName->setObjectName(QStringLiteral("preferredNameLineEdit"));
    m_language->setObjectName(QStringLiteral("preferredLanguageComboBox"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeededCheckBox"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirthLineEdit"));
    m_countryOfBirth->setObjectName(QStringLiteral("countryOfBirthLineEdit"));
    m_immigrationStatus->setObjectName(QStringLiteral("immigrationStatusLineEdit"));
    m_aNumber->setObjectName(QStringLiteral("aNumberLineEdit"));
    m_consent->setObjectName(QStringLiteral("consentToFileCheckBox"));
    m_consentDate->setObjectName(QStringLiteral("consentDateLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_revealAll->setObjectName(QStringLiteral("revealAllPushButton"));
    m_revealAllAction->setObjectName(QStringLiteral("revealAllAction"));
    m_revealAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revealAll->setAutoDefault(false);
    m_revealAll->setIcon(SensitiveMarker::icon());
    m_duplicateFrame->setObjectName(QStringLiteral("duplicateFrame"));
    m_duplicateList->setObjectName(QStringLiteral("duplicateListWidget"));
    m_linkButton->setObjectName(QStringLiteral("linkClientPushButton"));
    m_linkedLabel->setObjectName(QStringLiteral("linkedClientLabel"));
    m_unlinkButton->setObjectName(QStringLiteral("unlinkClientPushButton"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_duplicateList->setMaximumHeight(90);
    m_linkButton->setAutoDefault(false);
    m_unlinkButton->setAutoDefault(false);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(kDuplicateDelayMs);

    for (QLineEdit *e :
        {m_fullName, m_preferredName, m_address, m_countryOfBirth, m_immigrationStatus})
        DirectionFollower::follow(e);

    // The duplicate panel: shown only when a new client looks like one already known.
    m_duplicateFrame->setFrameShape(QFrame::StyledPanel);
    m_duplicateFrame->setStyleSheet(QStringLiteral("#duplicateFrame { background: #fff8e1; }"));
    auto *dupLayout = new QVBoxLayout(m_duplicateFrame);
    m_duplicateLabel->setWordWrap(true);
    dupLayout->addWidget(m_duplicateLabel);
    dupLayout->addWidget(m_duplicateList);
    auto *dupButtons = new QHBoxLayout;
    dupButtons->addWidget(m_linkButton);
    dupButtons->addStretch(1);
    dupLayout->addLayout(dupButtons);
    m_duplicateFrame->hide();

    auto *linkedRow = new QHBoxLayout;
    linkedRow->addWidget(m_linkedLabel, 1);
    linkedRow->addWidget(m_unlinkButton);
    auto *revealRow = new QHBoxLayout;
    revealRow->addStretch(1);
    revealRow->addWidget(m_revealAll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(linkedRow);
    layout->addLayout(revealRow);
    layout->addLayout(m_form);
    layout->addWidget(m_duplicateFrame);
    layout->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addRow(QT_TRANSLATE_NOOP("ClientForm", "Anonymous"), m_anonymous,
        QStringLiteral("client.anonymous"), false);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Full &name"), m_fullName,
        QStringLiteral("client.full_name"), false);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Prefe&rred name"), m_preferredName,
        QStringLiteral("client.preferred_name"), false);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Preferred lan&guage"), m_language,
        QStringLiteral("client.preferred_language"), false);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Interpreter needed"), m_interpreter,
        QStringLiteral("client.interpreter_needed"), false);
    addRow(
        QT_TRANSLATE_NOOP("ClientForm", "&Phone"), m_phone, QStringLiteral("client.phone"), true);
    addRow(
        QT_TRANSLATE_NOOP("ClientForm", "E&mail"), m_email, QStringLiteral("client.email"), true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "A&ddress"), m_address, QStringLiteral("client.address"),
        true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Date of &birth"), m_dateOfBirth,
        QStringLiteral("client.date_of_birth"), true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Coun&try of birth"), m_countryOfBirth,
        QStringLiteral("client.country_of_birth"), true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Immigration &status"), m_immigrationStatus,
        QStringLiteral("client.immigration_status"), true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "A-number"), m_aNumber,
        QStringLiteral("client.a_number"), true);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Consent to file"), m_consent,
        QStringLiteral("client.consent_to_file"), false);
    addRow(QT_TRANSLATE_NOOP("ClientForm", "Consent date"), m_consentDate,
        QStringLiteral("client.consent_date"), false);
    addRow(
        QT_TRANSLATE_NOOP("ClientForm", "Notes"), m_notes, QStringLiteral("client.notes"), false);

    // Asked before the undo step of the tick is recorded: "no" leaves nothing to undo.
    connect(m_anonymous, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked)
            confirmAnonymous();
    });
    for (QWidget *w : std::initializer_list<QWidget *> {m_anonymous, m_fullName, m_preferredName,
             m_language, m_interpreter, m_phone, m_email, m_address, m_dateOfBirth,
             m_countryOfBirth, m_immigrationStatus, m_aNumber, m_consent, m_consentDate, m_notes})
        m_undo.watch(w);
    connect(&m_undo, &FormUndo::fieldChanged, this, [this](QWidget *field) {
        if (field == m_anonymous)
            updateAnonymous();
        if ((field == m_fullName || field == m_phone) && m_clientId == 0)
            m_duplicateTimer->start();
    });
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &ClientForm::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ClientForm::changed);
    for (QCheckBox *c : {m_anonymous, m_interpreter, m_consent})
        connect(c, &QCheckBox::toggled, this, &ClientForm::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ClientForm::changed);
    connect(m_duplicateTimer, &QTimer::timeout, this, [this] {
        if (m_clientId == 0 && !m_anonymous->isChecked())
            emit duplicateCheckRequested(m_fullName->text(), m_phone->text());
    });
    connect(m_duplicateList, &QListWidget::itemActivated, m_linkButton, &QPushButton::click);
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        const int row = m_duplicateList->currentRow();
        if (row >= 0 && row < m_matches.size())
            emit linkRequested(ClientMatch(m_matches.at(row)));
    });
    connect(m_unlinkButton, &QPushButton::clicked, this, [this] {
        m_clientId = 0;
        updateLinkedBanner();
        emit changed();
    });
    connect(m_revealAll, &QPushButton::clicked, m_revealAllAction, &QAction::trigger);
    connect(m_revealAllAction, &QAction::triggered, m_mask, &SensitiveMask::revealAll);
    connect(m_mask, &SensitiveMask::stateChanged, this, &ClientForm::updateRevealAll);
    // What a reveal put in the fields is where undo starts from for them.
    connect(m_mask, &SensitiveMask::revealed, &m_undo, &FormUndo::resetBaseline);
    retranslate();
    updateAnonymous();
    updateLinkedBanner();
    updateRevealAll();
}

QWidget *ClientForm::addRow(const char *label, QWidget *field, const QString &path, bool sensitive)
{
    auto *labelBox = new QWidget(this);
    auto *labelLayout = new QHBoxLayout(labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->setSpacing(4);
    auto *text = new QLabel(labelBox);
    text->setBuddy(field);
    m_labels.append({text, label});
    labelLayout->addWidget(text);
    if (sensitive) {
        labelLayout->addWidget(SensitiveMarker::createLock(
            field->objectName() + QStringLiteral("SensitiveLabel"), labelBox));
        field->setProperty("sensitive", true);
    }
    labelLayout->addStretch(1);
    QWidget *wrapped = m_registry.wrap(field, path);
    auto *input = qobject_cast<QLineEdit *>(field);
    if (sensitive && input) {
        // The field, and beside it the button that reveals a stored value.
        auto *box = new QWidget(this);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(wrapped, 1);
        QWidget *reveal = m_mask->addField(input, path.section(QLatin1Char('.'), 1), label);
        boxLayout->addWidget(reveal, 0, Qt::AlignTop);
        setTabOrder(input, reveal);
        wrapped = box;
    }
    m_form->addRow(labelBox, wrapped);
    return wrapped;
}

void ClientForm::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels)) {
        label->setText(QCoreApplication::translate("ClientForm", text));
        if (auto *buddy = label->buddy()) {
            QString name = QCoreApplication::translate("ClientForm", text);
            buddy->setAccessibleName(name.remove(QLatin1Char('&')));
            if (buddy->property("sensitive").toBool())
                SensitiveMarker::markInput(buddy);
        }
    }
    m_language->setItemText(0, tr("Not recorded"));
    m_fullName->setPlaceholderText(tr("As the client writes it, in any script"));
    // The number in a left-to-right isolate: in an Arabic placeholder its groups were shown in
    // reverse order ("0142-555-617").
    m_phone->setPlaceholderText(
        tr("e.g. 617-555-0142")
            .replace(QStringLiteral("617-555-0142"), QStringLiteral("\u2066617-555-0142\u2069")));
    m_aNumber->setPlaceholderText(tr("e.g. A123-456-789"));
    m_linkButton->setText(tr("&Link case to this client"));
    m_unlinkButton->setText(tr("Unlink"));
    m_duplicateList->setAccessibleName(tr("Possible matching clients"));
    m_revealAll->setText(tr("Reveal all"));
    m_revealAllAction->setText(tr("Reveal All Sensitive Fields"));
    m_revealAll->setToolTip(
        tr("Show every hidden sensitive field (%1); recorded in the audit log")
            .arg(m_revealAllAction->shortcut().toString(QKeySequence::NativeText)));
    m_mask->retranslate();
    updateLinkedBanner();
    showMatches(m_matches);
}

void ClientForm::confirmAnonymous()
{
    if (m_fullName->text().trimmed().isEmpty() && m_preferredName->text().trimmed().isEmpty())
        return;
    const int answer = Questions::ask(this, tr("Anonymous Client"),
        tr("An anonymous client's name is not kept. Remove the name from this case now?"),
        {tr("&Remove the Name"), tr("&Cancel")}, 1, 1);
    if (answer != 0) {
        const QSignalBlocker blocker(m_anonymous);
        m_anonymous->setChecked(false);
        return;
    }
    for (QLineEdit *name : {m_fullName, m_preferredName}) {
        name->clear();
        m_undo.recordChange(name);
    }
}

void ClientForm::updateRevealAll()
{
    const bool any = m_mask->hasMasked();
    m_revealAll->setVisible(any);
    m_revealAllAction->setEnabled(any);
}

void ClientForm::updateAnonymous()
{
    // An anonymous client has no name to record; the other fields stay, as some may still help.
    const bool anonymous = m_anonymous->isChecked();
    m_fullName->setEnabled(!anonymous);
    m_preferredName->setEnabled(!anonymous);
    if (anonymous)
        showMatches({});
}

void ClientForm::updateLinkedBanner()
{
    const bool linked = m_clientId > 0;
    m_linkedLabel->setVisible(linked);
    m_unlinkButton->setVisible(linked);
    if (linked)
        m_linkedLabel->setText(tr("This case is linked to a client already in the database: edits "
                                  "here update that client everywhere."));
}

void ClientForm::setClient(const Client &c)
{
    m_mask->clear();
    m_clientId = c.id;
    m_anonymous->setChecked(c.anonymous);
    m_fullName->setText(c.fullName);
    m_preferredName->setText(c.preferredName);
    const int language = m_language->findData(c.preferredLanguage);
    if (language < 0 && !c.preferredLanguage.isEmpty())
        m_language->addItem(c.preferredLanguage, c.preferredLanguage);
    m_language->setCurrentIndex(
        language >= 0 ? language : (c.preferredLanguage.isEmpty() ? 0 : m_language->count() - 1));
    m_interpreter->setChecked(c.interpreterNeeded);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_address->setText(c.address);
    m_dateOfBirth->setDate(c.dateOfBirth);
    m_countryOfBirth->setText(c.countryOfBirth);
    m_immigrationStatus->setText(c.immigrationStatus);
    m_aNumber->setText(c.aNumber);
    m_consent->setChecked(c.consentToFile);
    m_consentDate->setDate(c.consentDate);
    m_notes->setPlainText(c.notes);
    // A stored client's sensitive values stay hidden until revealed; what is being typed for a
    // new one is shown.
    if (c.id > 0) {
        for (QLineEdit *e : {m_phone, m_email, m_address, static_cast<QLineEdit *>(m_dateOfBirth),
                 m_countryOfBirth, m_immigrationStatus, m_aNumber})
            m_mask->mask(e);
    }
    updateAnonymous();
    updateLinkedBanner();
    showMatches({});
}

Client ClientForm::client() const
{
    Client c;
    c.id = m_clientId;
    c.anonymous = m_anonymous->isChecked();
    c.fullName = m_fullName->text().trimmed();
    c.preferredName = m_preferredName->text().trimmed();
    c.preferredLanguage = m_language->currentData().toString();
    c.interpreterNeeded = m_interpreter->isChecked();
    c.phone = m_mask->value(m_phone).trimmed();
    c.email = m_mask->value(m_email).trimmed();
    c.address = m_mask->value(m_address).trimmed();
    // A hidden date is kept as it was shown (the interface's date style), so it is read the way
    // the field reads what is typed.
    c.dateOfBirth = m_dateOfBirth->dateFrom(m_mask->value(m_dateOfBirth));
    c.countryOfBirth = m_mask->value(m_countryOfBirth).trimmed();
    c.immigrationStatus = m_mask->value(m_immigrationStatus).trimmed();
    c.aNumber = m_mask->value(m_aNumber).trimmed();
    c.consentToFile = m_consent->isChecked();
    c.consentDate = m_consentDate->date();
    c.notes = m_notes->toPlainText();
    return c;
}

void ClientForm::showMatches(const QList<ClientMatch> &matches)
{
    m_matches = matches;
    m_duplicateList->clear();
    for (const auto &m : matches) {
        QStringList why;
        if (m.nameMatches)
            why.append(tr("same name"));
        if (m.phoneMatches)
            why.append(tr("same phone number"));
        m_duplicateList->addItem(tr("%1 (%2), cases: %3")
                                     .arg(m.displayName, why.join(QLatin1String(", ")),
                                         m.caseReferences.join(QLatin1String(", "))));
    }
    if (!matches.isEmpty())
        m_duplicateList->setCurrentRow(0);
    m_duplicateLabel->setText(tr("This client may already be in the database. Link this case to "
                                 "them instead of creating a duplicate?"));
    m_duplicateFrame->setVisible(!matches.isEmpty());
}

QWidget *ClientForm::firstField() const
{
    return m_fullName->isEnabled() ? static_cast<QWidget *>(m_fullName)
                                   : static_cast<QWidget *>(m_anonymous);
}

void ClientForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui

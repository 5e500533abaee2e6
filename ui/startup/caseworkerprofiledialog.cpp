#include "caseworkerprofiledialog.h"

#include "common/settings.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

#include <QVBoxLayout>
#include <algorithm>

namespace td::ui {

CaseworkerProfileDialog::CaseworkerProfileDialog(
    Purpose purpose, const CaseworkerProfile &initial, const OfficeProfile &office, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QLineEdit(this))
    , m_officeBox(new QGroupBox(this))
    , m_officeIntro(new QLabel(m_officeBox))
    , m_officeNameLabel(new QLabel(m_officeBox))
    , m_officeName(new QLineEdit(m_officeBox))
    , m_officeAddressLabel(new QLabel(m_officeBox))
    , m_officeAddress(new QPlainTextEdit(m_officeBox))
    , m_officePhoneLabel(new QLabel(m_officeBox))
    , m_officePhone(new QLineEdit(m_officeBox))
    , m_officeEmailLabel(new QLabel(m_officeBox))
    , m_officeEmail(new QLineEdit(m_officeBox))
    , m_timeZoneLabel(new QLabel(m_officeBox))
    , m_timeZone(new QComboBox(m_officeBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseworkerProfileDialog"));
    m_intro->setObjectName(QStringLiteral("caseworkerProfileIntroLabel"));
    m_name->setObjectName(QStringLiteral("caseworkerNameLineEdit"));
    m_role->setObjectName(QStringLiteral("caseworkerRoleLineEdit"));
    m_buttons->setObjectName(QStringLiteral("caseworkerProfileButtonBox"));
    m_intro->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_name->setMaxLength(CaseworkerProfile::kMaxLength);
    m_role->setMaxLength(CaseworkerProfile::kMaxLength);
    m_name->setText(initial.name);
    m_role->setText(initial.role);

    m_officeName->setObjectName(QStringLiteral("officeNameLineEdit"));
    m_officeAddress->setObjectName(QStringLiteral("officeAddressPlainTextEdit"));
    m_officePhone->setObjectName(QStringLiteral("officePhoneLineEdit"));
    m_officeEmail->setObjectName(QStringLiteral("officeEmailLineEdit"));
    m_timeZone->setObjectName(QStringLiteral("officeTimeZoneComboBox"));
    m_officeIntro->setWordWrap(true);
    m_officeNameLabel->setBuddy(m_officeName);
    m_officeAddressLabel->setBuddy(m_officeAddress);
    m_officePhoneLabel->setBuddy(m_officePhone);
    m_officeEmailLabel->setBuddy(m_officeEmail);
    m_timeZoneLabel->setBuddy(m_timeZone);
    for (QLineEdit *edit : {m_officeName, m_officePhone, m_officeEmail})
        edit->setMaxLength(OfficeProfile::kMaxLength);
    m_officeAddress->setTabChangesFocus(true);
    m_officeAddress->setFixedHeight(
        m_officeAddress->fontMetrics().lineSpacing() * 3 + 2 * m_officeAddress->frameWidth() + 8);
    // Phone numbers and email addresses read left to right in every interface language.
    m_officePhone->setLayoutDirection(Qt::LeftToRight);
    m_officeEmail->setLayoutDirection(Qt::LeftToRight);
    m_officeName->setText(office.name);
    m_officeAddress->setPlainText(office.address);
    m_officePhone->setText(office.phone);
    m_officeEmail->setText(office.email);
    // Every zone the system knows, found by typing part of its name ("new_york"); the first
    // entry follows the computer's zone.
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QString(), QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), id);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(office.timeZoneId)));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    auto *officeForm = new QFormLayout;
    officeForm->addRow(m_officeIntro);
    officeForm->addRow(m_officeNameLabel, m_officeName);
    officeForm->addRow(m_officeAddressLabel, m_officeAddress);
    officeForm->addRow(m_officePhoneLabel, m_officePhone);
    officeForm->addRow(m_officeEmailLabel, m_officeEmail);
    officeForm->addRow(m_timeZoneLabel, m_timeZone);
    m_officeBox->setLayout(officeForm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_officeBox);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_officeName);
    setTabOrder(m_officeName, m_officeAddress);
    setTabOrder(m_officeAddress, m_officePhone);
    setTabOrder(m_officePhone, m_officeEmail);
    setTabOrder(m_officeEmail, m_timeZone);
    setTabOrder(m_timeZone, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!profile().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CaseworkerProfileDialog::updateOkButton);

    retranslate();
    updateOkButton();
    m_name->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

CaseworkerProfile CaseworkerProfileDialog::profile() const
{
    return CaseworkerProfile {m_name->text(), m_role->text()}.normalized();
}

OfficeProfile CaseworkerProfileDialog::office() const
{
    // A zone typed by hand counts when it is one the list offers; anything else is the computer's.
    const int zone = m_timeZone->findText(m_timeZone->currentText().trimmed());
    return OfficeProfile {m_officeName->text(), m_officeAddress->toPlainText(),
        m_officePhone->text(), m_officeEmail->text(),
        zone > 0 ? m_timeZone->itemData(zone).toByteArray() : QByteArray()}
        .normalized();
}

bool CaseworkerProfileDialog::ensureProfile(Settings &settings)
{
    CaseworkerProfile kept = settings.caseworkerProfile();
    if (kept.isEmpty()) {
        CaseworkerProfileDialog dialog(Purpose::FirstStart, kept, settings.officeProfile());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        kept = dialog.profile();
        settings.setCaseworkerProfile(kept);
        settings.setOfficeProfile(dialog.office());
        settings.sync();
    }
    CaseworkerProfile::install(kept);
    OfficeProfile::install(settings.officeProfile());
    return true;
}

bool CaseworkerProfileDialog::edit(Settings &settings, QWidget *parent)
{
    CaseworkerProfileDialog dialog(
        Purpose::Edit, settings.caseworkerProfile(), settings.officeProfile(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setCaseworkerProfile(dialog.profile());
    settings.setOfficeProfile(dialog.office());
    settings.sync();
    CaseworkerProfile::install(dialog.profile());
    OfficeProfile::install(settings.officeProfile());
    return true;
}

void CaseworkerProfileDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!profile().isEmpty());
}

void CaseworkerProfileDialog::retranslate()
{
    if (m_purpose == Purpose::FirstStart) {
        setWindowTitle(tr("Welcome to TrustDesk"));
        m_intro->setText(tr("Who is using TrustDesk on this computer? Your name and role are "
                            "recorded with every change to a case and every look at a client's "
                            "sensitive information, in the audit log and in the evidence chain "
                            "of custody. You can change them later in Preferences."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    } else {
        setWindowTitle(tr("Caseworker Profile"));
        m_intro->setText(tr("Entries made from now on are recorded under this name and role. "
                            "Entries already in the audit log keep the name they were made "
                            "under."));
    }
    m_nameLabel->setText(tr("&Name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_name->setPlaceholderText(tr("Your full name"));
    m_role->setPlaceholderText(tr("For example: caseworker, supervisor, interpreter"));
    m_officeBox->setTitle(tr("Your office"));
    m_officeIntro->setText(tr("How a client reaches you: printed on client copies and handouts. "
                              "Leave empty what you do not want printed."));
    m_officeNameLabel->setText(tr("O&ffice name:"));
    m_officeAddressLabel->setText(tr("&Address:"));
    m_officePhoneLabel->setText(tr("&Phone:"));
    m_officeEmailLabel->setText(tr("&Email:"));
    m_timeZoneLabel->setText(tr("&Time zone:"));
    m_timeZone->setItemText(
        0, tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_timeZone->setToolTip(tr("Photo capture times and other times are shown in this zone."));
}

void CaseworkerProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui

#include "caseworkerprofiledialog.h"

#include "common/settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

CaseworkerProfileDialog::CaseworkerProfileDialog(
    Purpose purpose, const CaseworkerProfile &initial, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QLineEdit(this))
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

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_buttons);

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

bool CaseworkerProfileDialog::ensureProfile(Settings &settings)
{
    CaseworkerProfile kept = settings.caseworkerProfile();
    if (kept.isEmpty()) {
        CaseworkerProfileDialog dialog(Purpose::FirstStart, kept);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        kept = dialog.profile();
        settings.setCaseworkerProfile(kept);
        settings.sync();
    }
    CaseworkerProfile::install(kept);
    return true;
}

bool CaseworkerProfileDialog::edit(Settings &settings, QWidget *parent)
{
    CaseworkerProfileDialog dialog(Purpose::Edit, settings.caseworkerProfile(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setCaseworkerProfile(dialog.profile());
    settings.sync();
    CaseworkerProfile::install(dialog.profile());
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
}

void CaseworkerProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui
